import type { Metadata } from "next";
import { NotificationPreferencesForm } from "@/components/notifications/notification-preferences-form";
import { PageHeader } from "@/components/ui/page-header";
import { immediateChoiceOf } from "@/lib/notifications/notification-preferences";
import { requirePagePermission } from "@/lib/server/auth/current-user";
import { getNotificationPreferences } from "@/lib/server/notifications/get-notification-preferences";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage() {
  const user = await requirePagePermission("dashboard.read");
  const preferences = await getNotificationPreferences(user.id);
  return (
    <div className="max-w-xl">
      <PageHeader title="Notifications" description="What Coverwatch emails you, and when." />
      <NotificationPreferencesForm
        email={user.email}
        saved={{
          immediate: immediateChoiceOf(preferences.immediateSeverity),
          scope: preferences.scope,
          ...(preferences.dailyDigest ? { dailyDigest: "on" as const } : {}),
        }}
      />
    </div>
  );
}
