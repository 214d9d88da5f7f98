import type { Metadata } from "next";
import { WebhookSettingsView } from "@/components/webhooks/webhook-settings-view";
import { requirePagePermission } from "@/lib/server/auth/current-user";
import { listWebhookEndpoints } from "@/lib/server/integrations/list-webhook-endpoints";

export const metadata: Metadata = { title: "Webhooks" };

export default async function WebhookSettingsPage() {
  await requirePagePermission("integrations.manage");
  const endpoints = await listWebhookEndpoints();
  return <WebhookSettingsView endpoints={endpoints} now={new Date()} />;
}
