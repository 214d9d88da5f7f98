"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/cn";
import { activeSectionHref, type NavSection, visibleSections } from "./nav-sections";

type SidebarNavProps = {
  role: string;
  /** Called after a link is followed (the mobile drawer closes itself with it). */
  onNavigate?: () => void;
};

/** The sections the user may open, the current one marked for eyes and for screen readers. */
export function SidebarNav({ role, onNavigate }: SidebarNavProps) {
  const pathname = usePathname();
  const active = activeSectionHref(pathname);
  const sections = visibleSections(role);
  const main = sections.filter((section) => section.group === "main");
  const actions = sections.filter((section) => section.group === "actions");
  return (
    <nav aria-label="Main" className="flex flex-col gap-5 px-3 py-4">
      <NavList sections={main} active={active} onNavigate={onNavigate} />
      {actions.length > 0 && (
        <div>
          <p className="px-2 pb-1.5 text-2xs font-medium tracking-wide text-muted-foreground uppercase">
            Add
          </p>
          <NavList sections={actions} active={active} onNavigate={onNavigate} />
        </div>
      )}
    </nav>
  );
}

function NavList({
  sections,
  active,
  onNavigate,
}: {
  sections: NavSection[];
  active: string | null;
  onNavigate?: () => void;
}) {
  return (
    <ul className="flex flex-col gap-0.5">
      {sections.map(({ href, label, testId, icon: Icon }) => {
        const isActive = href === active;
        return (
          <li key={href}>
            <Link
              href={href}
              onClick={onNavigate}
              aria-current={isActive ? "page" : undefined}
              data-testid={testId}
              data-active={isActive || undefined}
              className={cn(
                "group flex h-8 items-center gap-2.5 rounded-md px-2 text-sm font-medium text-sidebar-foreground outline-none transition-colors hover:bg-accent hover:text-foreground focus-visible:ring-2 focus-visible:ring-ring",
                isActive &&
                  "bg-sidebar-accent text-sidebar-accent-foreground hover:bg-sidebar-accent hover:text-sidebar-accent-foreground",
              )}
            >
              <Icon
                aria-hidden
                className={cn(
                  "size-4 shrink-0 text-muted-foreground group-hover:text-foreground",
                  isActive && "text-sidebar-accent-foreground group-hover:text-sidebar-accent-foreground",
                )}
              />
              {label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
