import "server-only";
import { minSeveritySchema } from "@/lib/slack/slack-channel-input";
import { recordAudit, userActor } from "../audit/record-audit";
import type { CurrentUser } from "../auth/current-user";
import { db } from "../db";
import { findSlackChannelForUpdate } from "./find-slack-channel";

/** Sets the least severe violation a channel hears about, from the next violation that opens. */
export async function changeSlackThreshold({
  channelId,
  minSeverity: rawSeverity,
  actor,
}: {
  channelId: string;
  minSeverity: string;
  actor: CurrentUser;
}) {
  const minSeverity = minSeveritySchema.parse(rawSeverity);
  return db.$transaction(async (tx) => {
    const channel = await findSlackChannelForUpdate(tx, channelId);
    if (channel.minSeverity === minSeverity) return { changed: false, name: channel.name, minSeverity };
    await tx.slackChannel.update({ where: { id: channelId }, data: { minSeverity }, select: { id: true } });
    await recordAudit(tx, {
      actor: userActor(actor),
      action: "slack-channel.threshold-changed",
      targetType: "SlackChannel",
      targetId: channelId,
      details: { name: channel.name, from: channel.minSeverity, to: minSeverity },
    });
    return { changed: true, name: channel.name, minSeverity };
  });
}
