import "server-only";
import { testMessage } from "@/lib/slack/slack-message";
import { recordAudit, userActor } from "../audit/record-audit";
import type { CurrentUser } from "../auth/current-user";
import { db } from "../db";
import { env } from "../env";
import { AppError } from "../errors";
import { findSlackChannelForUpdate } from "./find-slack-channel";
import { enqueueSlackDelivery } from "./slack-delivery-job";

/**
 * Records a test message to a channel, its `slack-delivery` job and the audit row, in one transaction; the job
 * posts it, and the channel's delivery log shows how that went.
 */
export async function sendSlackTestMessage({ channelId, actor }: { channelId: string; actor: CurrentUser }) {
  return db.$transaction(async (tx) => {
    const channel = await findSlackChannelForUpdate(tx, channelId);
    if (!channel.isEnabled)
      throw new AppError("conflict", `${channel.name} is disabled: enable it to send a test message.`);
    const payload = testMessage({
      channelName: channel.name,
      minSeverity: channel.minSeverity,
      sentBy: actor.email,
      settingsUrl: new URL("/settings/slack", env.APP_URL).toString(),
    });
    const delivery = await tx.slackDelivery.create({
      data: { channelId, kind: "TEST", payload },
      select: { id: true },
    });
    await enqueueSlackDelivery(tx, delivery.id);
    await recordAudit(tx, {
      actor: userActor(actor),
      action: "slack-channel.test-sent",
      targetType: "SlackChannel",
      targetId: channelId,
      details: { name: channel.name, deliveryId: delivery.id },
    });
    return { name: channel.name, deliveryId: delivery.id };
  });
}
