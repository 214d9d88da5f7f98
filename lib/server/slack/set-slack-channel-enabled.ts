import "server-only";
import { recordAudit, userActor } from "../audit/record-audit";
import type { CurrentUser } from "../auth/current-user";
import { db } from "../db";
import { findSlackChannelForUpdate } from "./find-slack-channel";

/**
 * Enables or disables a channel. A disabled channel is not given new violations, and its deliveries still
 * waiting are skipped rather than sent.
 */
export async function setSlackChannelEnabled({
  channelId,
  isEnabled,
  actor,
}: {
  channelId: string;
  isEnabled: boolean;
  actor: CurrentUser;
}) {
  return db.$transaction(async (tx) => {
    const channel = await findSlackChannelForUpdate(tx, channelId);
    if (channel.isEnabled === isEnabled) return { changed: false, name: channel.name };
    await tx.slackChannel.update({ where: { id: channelId }, data: { isEnabled }, select: { id: true } });
    await recordAudit(tx, {
      actor: userActor(actor),
      action: isEnabled ? "slack-channel.enabled" : "slack-channel.disabled",
      targetType: "SlackChannel",
      targetId: channelId,
      details: { name: channel.name },
    });
    return { changed: true, name: channel.name };
  });
}
