import "server-only";
import { recordAudit, userActor } from "../audit/record-audit";
import type { CurrentUser } from "../auth/current-user";
import { db } from "../db";
import { findSlackChannelForUpdate } from "./find-slack-channel";

/**
 * Deletes a channel with its webhook URL and its delivery log; deliveries still waiting go with it, so nothing
 * more is posted there. The audit row keeps its name and hint.
 */
export async function deleteSlackChannel({ channelId, actor }: { channelId: string; actor: CurrentUser }) {
  return db.$transaction(async (tx) => {
    const channel = await findSlackChannelForUpdate(tx, channelId);
    await tx.slackChannel.delete({ where: { id: channelId }, select: { id: true } });
    await recordAudit(tx, {
      actor: userActor(actor),
      action: "slack-channel.deleted",
      targetType: "SlackChannel",
      targetId: channelId,
      details: { name: channel.name, webhook: channel.webhookUrlHint, minSeverity: channel.minSeverity },
    });
    return { name: channel.name };
  });
}
