import "server-only";
import { cache } from "react";
import { db } from "../db";

/** One channel for its page (never its webhook URL), or null when there is no such channel. */
export const getSlackChannel = cache((channelId: string) =>
  db.slackChannel.findUnique({
    where: { id: channelId },
    select: {
      id: true,
      name: true,
      webhookUrlHint: true,
      minSeverity: true,
      isEnabled: true,
      createdAt: true,
      createdBy: { select: { name: true } },
    },
  }),
);

export type SlackChannelDetail = NonNullable<Awaited<ReturnType<typeof getSlackChannel>>>;
