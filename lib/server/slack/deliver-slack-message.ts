import "server-only";
import type { SlackDeliveryStatus } from "@/generated/prisma/enums";
import { decryptToken } from "../crypto/token-cipher";
import { db } from "../db";
import { log } from "../log";
import { deliveryMetrics } from "../metrics/delivery-metrics";
import { postToSlack } from "./post-to-slack";

const deliverySelect = {
  id: true,
  status: true,
  attempts: true,
  lastHttpStatus: true,
  lastError: true,
  sentAt: true,
} as const;

/**
 * Posts a recorded delivery's stored message to its channel's webhook, once, and records the attempt: SENT, still
 * PENDING (to be retried), or FAILED (the last attempt, or a refusal that will not change). Safe to repeat: only a
 * PENDING delivery is posted, so one already sent never goes twice. A disabled channel's delivery is SKIPPED; a
 * deleted channel's is gone with it. Answers the delivery as it now stands, or null when it no longer exists.
 */
export async function deliverSlackMessage(
  deliveryId: string,
  { isFinalAttempt, now = new Date() }: { isFinalAttempt: boolean; now?: Date },
) {
  const delivery = await db.slackDelivery.findUnique({
    where: { id: deliveryId },
    select: {
      ...deliverySelect,
      channelId: true,
      payload: true,
      channel: { select: { isEnabled: true, webhookUrlEncrypted: true } },
    },
  });
  if (!delivery) return null;
  if (delivery.status !== "PENDING") {
    const { channel: _channel, payload: _payload, channelId: _channelId, ...state } = delivery;
    return state;
  }
  if (!delivery.channel.isEnabled)
    return finish(deliveryId, {
      status: "SKIPPED",
      lastError: "Not sent: the channel was disabled.",
      lastAttemptAt: now,
    });

  const webhookUrl = readWebhookUrl(delivery.channel.webhookUrlEncrypted);
  if (!webhookUrl) {
    log.error("slack webhook URL unreadable", { deliveryId, channelId: delivery.channelId });
    return finish(deliveryId, {
      status: "FAILED",
      lastError:
        "The stored webhook URL cannot be read (was TOKEN_ENCRYPTION_KEY changed?): add the channel again.",
      lastAttemptAt: now,
    });
  }
  const outcome = await postToSlack(webhookUrl, delivery.payload);
  deliveryMetrics.attempted("slack", outcome);
  const attempt = { attempts: { increment: 1 }, lastAttemptAt: now, lastHttpStatus: outcome.httpStatus };
  if (outcome.isSent) return finish(deliveryId, { ...attempt, status: "SENT", lastError: null, sentAt: now });

  const status: SlackDeliveryStatus = outcome.isPermanent || isFinalAttempt ? "FAILED" : "PENDING";
  log.warn("slack message not sent", {
    deliveryId,
    channelId: delivery.channelId,
    attempt: delivery.attempts + 1,
    httpStatus: outcome.httpStatus,
    error: outcome.error,
    willRetry: status === "PENDING",
  });
  return finish(deliveryId, { ...attempt, status, lastError: outcome.error });
}

/** The webhook URL, or null when it does not decrypt under the current key (retrying would not help). */
function readWebhookUrl(stored: string): string | null {
  try {
    return decryptToken(stored);
  } catch {
    return null;
  }
}

/** Records the outcome only on a delivery still pending: a concurrent run that finished first is left alone. */
async function finish(
  deliveryId: string,
  data: {
    status: SlackDeliveryStatus;
    lastError: string | null;
    lastAttemptAt: Date;
    attempts?: { increment: number };
    lastHttpStatus?: number | null;
    sentAt?: Date;
  },
) {
  await db.slackDelivery.updateMany({ where: { id: deliveryId, status: "PENDING" }, data });
  return db.slackDelivery.findUnique({ where: { id: deliveryId }, select: deliverySelect });
}
