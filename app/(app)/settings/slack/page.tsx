import type { Metadata } from "next";
import { SlackSettingsView } from "@/components/slack/slack-settings-view";
import { requirePagePermission } from "@/lib/server/auth/current-user";
import { listSlackChannels } from "@/lib/server/slack/list-slack-channels";

export const metadata: Metadata = { title: "Slack" };

export default async function SlackSettingsPage() {
  await requirePagePermission("integrations.manage");
  const channels = await listSlackChannels();
  return <SlackSettingsView channels={channels} now={new Date()} />;
}
