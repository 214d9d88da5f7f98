import type { ReactNode } from "react";
import { AppSidebar } from "@/components/shell/app-sidebar";
import { TopBar } from "@/components/shell/top-bar";
import { type Role, roleLabels } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/server/auth/current-user";

// Sections that need more than `dashboard.read` check their permission in a layout of their own
// (components/shell/require-permission.tsx), outside every loading.tsx boundary, so a refusal is a real 403.
export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await requirePagePermission("dashboard.read");
  const roleLabel = roleLabels[user.role as Role] ?? user.role;
  return (
    <>
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-primary px-3 py-2 text-sm font-medium text-primary-foreground focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
      >
        Skip to content
      </a>
      <AppSidebar role={user.role} />
      {/* min-w-0 lets wide tables scroll inside their own wrapper instead of widening the page. */}
      <div className="flex min-h-dvh min-w-0 flex-col lg:pl-sidebar">
        <TopBar user={{ name: user.name, email: user.email, role: user.role, roleLabel }} />
        <main
          id="main"
          tabIndex={-1}
          className="min-w-0 flex-1 px-4 py-6 outline-none sm:px-page lg:px-8 lg:py-8"
        >
          {children}
        </main>
      </div>
    </>
  );
}
