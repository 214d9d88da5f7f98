import { CommandPalette } from "./command-palette";
import { MobileNav } from "./mobile-nav";
import { ThemeToggle } from "./theme-toggle";
import { UserMenu } from "./user-menu";

type TopBarProps = { user: { name: string; email: string; role: string; roleLabel: string } };

/** Sticky over the content: the drawer button on small screens, search, theme and the user's menu. */
export function TopBar({ user }: TopBarProps) {
  return (
    <header className="sticky top-0 z-40 flex h-topbar shrink-0 items-center gap-2 border-b border-border bg-background/85 px-3 backdrop-blur supports-[backdrop-filter]:bg-background/70 sm:px-page">
      <MobileNav role={user.role} />
      <CommandPalette role={user.role} />
      <div className="ml-auto flex min-w-0 items-center gap-1">
        <ThemeToggle />
        <UserMenu name={user.name} email={user.email} roleLabel={user.roleLabel} />
      </div>
    </header>
  );
}
