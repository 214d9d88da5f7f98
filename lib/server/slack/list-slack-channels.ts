import "server-only";
import { db } from "../db";

/**
 * Every Slack channel with its threshold, state and newest delivery, by name. Never the webhook URL: only its
 * hint leaves the database. A lender has a handful of channels: one query, no pages.
 */
export async function listSlackChannels() {
  const channels = await db.slackChannel.findMany({
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 500,
    select: {
      id: true,
      name: true,
      webhookUrlHint: true,
      minSeverity: true,
      isEnabled: true,
      createdAt: true,
      createdBy: { select: { name: true } },
      deliveries: {
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: 1,
        select: { status: true, attempts: true, createdAt: true },
      },
    },
  });
  return channels.map(({ deliveries, ...channel }) => ({ ...channel, lastDelivery: deliveries[0] ?? null }));
}

export type SlackChannelRow = Awaited<ReturnType<typeof listSlackChannels>>[number];
