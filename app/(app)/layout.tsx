import Link from "next/link";
import type { ReactNode } from "react";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { can, type Role, roleLabels } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/server/auth/current-user";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await requirePagePermission("dashboard.read");
  return (
    <div>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl items-center gap-6 px-6 py-3">
          <Link href="/" className="text-lg font-semibold">
            Coverwatch
          </Link>
          <nav className="flex gap-4 text-sm">
            <Link href="/" className="text-slate-700 hover:text-slate-900">
              Borrowers
            </Link>
            <Link
              href="/violations"
              className="text-slate-700 hover:text-slate-900"
              data-testid="nav-violations"
            >
              Violations
            </Link>
            <Link
              href="/requirements"
              className="text-slate-700 hover:text-slate-900"
              data-testid="nav-requirements"
            >
              Requirements
            </Link>
            <Link href="/outbox" className="text-slate-700 hover:text-slate-900" data-testid="nav-outbox">
              Email
            </Link>
            {can(user.role, "operations.read") && (
              <Link
                href="/operations"
                className="text-slate-700 hover:text-slate-900"
                data-testid="nav-operations"
              >
                Operations
              </Link>
            )}
            {can(user.role, "borrowers.import") && (
              <Link
                href="/borrowers/import"
                className="text-slate-700 hover:text-slate-900"
                data-testid="nav-import"
              >
                Import
              </Link>
            )}
            {can(user.role, "ignition.start") && (
              <Link
                href="/borrowers/new"
                className="text-slate-700 hover:text-slate-900"
                data-testid="nav-new-borrower"
              >
                New borrower
              </Link>
            )}
          </nav>
          <div className="ml-auto flex items-center gap-3 text-sm text-slate-600">
            <span data-testid="current-user">
              {user.name} · {roleLabels[user.role as Role] ?? user.role}
            </span>
            <SignOutButton />
          </div>
        </div>
      </header>
      <main className="mx-auto max-w-6xl px-6 py-8">{children}</main>
    </div>
  );
}
