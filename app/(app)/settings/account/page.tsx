import { Bell } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
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
      <p className="mt-4 flex items-center gap-2 text-sm text-muted-foreground">
        <Bell aria-hidden className="size-4" />
        <span>
          What Coverwatch emails you:{" "}
          <Link
            href="/settings/notifications"
            className="font-medium text-foreground underline underline-offset-4"
            data-testid="account-notifications-link"
          >
            your notification settings
          </Link>
          .
        </span>
      </p>
    </div>
  );
}
