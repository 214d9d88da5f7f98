"use client";

import { useSyncExternalStore } from "react";
import { Brand } from "./brand";
import { SidebarNav } from "./sidebar-nav";

const desktop = "(min-width: 1024px)";
const subscribe = (onChange: () => void) => {
  const query = window.matchMedia(desktop);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
};

/**
 * The desktop sidebar (from 1024 px); below that the same navigation opens in MobileNav's drawer. On a small
 * screen it leaves the DOM after hydration (CSS hides it before), so the drawer's links are the only ones with
 * their test ids and names.
 */
export function AppSidebar({ role }: { role: string }) {
  const isDesktop = useSyncExternalStore(
    subscribe,
    () => window.matchMedia(desktop).matches,
    () => true,
  );
  if (!isDesktop) return null;
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
