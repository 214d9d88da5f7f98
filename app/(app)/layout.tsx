import Link from "next/link";
import type { ReactNode } from "react";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { can, type Permission, type Role, roleLabels } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/server/auth/current-user";

/** The dashboard's sections, each shown to the roles that may open it. */
const sections: { href: string; label: string; testId: string; permission: Permission }[] = [
  { href: "/", label: "Borrowers", testId: "nav-borrowers", permission: "dashboard.read" },
  { href: "/violations", label: "Violations", testId: "nav-violations", permission: "violations.read" },
  {
    href: "/requirements",
    label: "Requirements",
    testId: "nav-requirements",
    permission: "requirements.read",
  },
  { href: "/outbox", label: "Email", testId: "nav-outbox", permission: "violations.read" },
  { href: "/operations", label: "Operations", testId: "nav-operations", permission: "operations.read" },
  { href: "/borrowers/import", label: "Import", testId: "nav-import", permission: "borrowers.import" },
  { href: "/borrowers/new", label: "New borrower", testId: "nav-new-borrower", permission: "ignition.start" },
];

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
            {sections
              .filter((section) => can(user.role, section.permission))
              .map((section) => (
                <Link
                  key={section.href}
                  href={section.href}
                  className="text-slate-700 hover:text-slate-900"
                  data-testid={section.testId}
                >
                  {section.label}
                </Link>
              ))}
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
