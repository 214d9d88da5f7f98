import { Brand } from "./brand";
import { SidebarNav } from "./sidebar-nav";

/** The desktop sidebar (from 1024 px); below that the same navigation opens in MobileNav's drawer. */
export function AppSidebar({ role }: { role: string }) {
  return (
    <aside className="fixed inset-y-0 left-0 z-30 hidden w-sidebar flex-col border-r border-sidebar-border bg-sidebar lg:flex">
      <div className="flex h-topbar shrink-0 items-center px-5">
        <Brand />
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto">
        <SidebarNav role={role} />
      </div>
    </aside>
  );
}
