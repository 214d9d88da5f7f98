import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { PageHeader } from "@/components/ui/page-header";
import { type Role, roleLabels } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/server/auth/current-user";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const user = await requirePagePermission("dashboard.read");
  return (
    <div className="max-w-xl">
      <PageHeader
        title="Your account"
        description={`${user.name} · ${user.email} · ${roleLabels[user.role as Role] ?? user.role}`}
      />
      <ChangePasswordForm email={user.email} />
    </div>
  );
}
