import "server-only";
import type { WebhookDeliveryStatus } from "@/generated/prisma/enums";
import { db } from "../db";
import { log } from "../log";
import { deliveryMetrics } from "../metrics/delivery-metrics";
import { disableFailingEndpoint } from "./disable-failing-endpoint";
import { postWebhook } from "./post-webhook";
import { signatureHeader } from "./webhook-secret";

const deliverySelect = {
  id: true,
  status: true,
  attempts: true,
  lastHttpStatus: true,
  lastError: true,
  sentAt: true,
} as const;

/**
 * Sends a recorded delivery's stored body to its endpoint, signed (Standard Webhooks), once, and records the
 * attempt: SENT, still PENDING (to be retried), or FAILED (the last attempt). Safe to repeat: only a PENDING
 * delivery is sent. A disabled endpoint's delivery is SKIPPED; a deleted endpoint's is gone with it. Every
 * failure counts towards the endpoint's failing days, every success resets them. Answers the delivery as it
 * now stands, or null when it no longer exists.
 */
export async function deliverWebhook(
  deliveryId: string,
  { isFinalAttempt, now = new Date() }: { isFinalAttempt: boolean; now?: Date },
) {
  const delivery = await db.webhookDelivery.findUnique({
    where: { id: deliveryId },
    select: {
      ...deliverySelect,
      messageId: true,
      payload: true,
      endpoint: {
        select: {
          id: true,
          url: true,
          isEnabled: true,
          secretEncrypted: true,
          previousSecretEncrypted: true,
          previousSecretExpiresAt: true,
        },
      },
    },
  });
  if (!delivery) return null;
  const { endpoint } = delivery;
  if (delivery.status !== "PENDING") return pick(delivery);
  if (!endpoint.isEnabled)
    return finish(deliveryId, {
      status: "SKIPPED",
      lastError: "Not sent: the endpoint was disabled.",
      lastAttemptAt: now,
    });

  const body = JSON.stringify(delivery.payload);
  let signature: string;
  try {
    signature = signatureHeader(endpoint, { messageId: delivery.messageId, timestamp: now, body, now });
  } catch {
    log.error("webhook secret unreadable", { deliveryId, endpointId: endpoint.id });
    return finish(deliveryId, {
      status: "FAILED",
      lastError: "The signing secret cannot be read (was TOKEN_ENCRYPTION_KEY changed?): rotate the secret.",
      lastAttemptAt: now,
    });
  }
  const outcome = await postWebhook(endpoint.url, {
    body,
    headers: {
      "webhook-id": delivery.messageId,
      "webhook-timestamp": String(Math.floor(now.getTime() / 1000)),
      "webhook-signature": signature,
    },
  });
  deliveryMetrics.attempted("webhook", outcome);
  const attempt = {
    attempts: { increment: 1 },
    lastAttemptAt: now,
    lastHttpStatus: outcome.httpStatus,
    lastResponseExcerpt: outcome.responseExcerpt,
    lastDurationMs: outcome.durationMs,
  };
  if (outcome.isSent) {
    await db.webhookEndpoint.updateMany({
      where: { id: endpoint.id, failingSince: { not: null } },
      data: { failingSince: null },
    });
    return finish(deliveryId, { ...attempt, status: "SENT", lastError: null, sentAt: now });
  }

  const status: WebhookDeliveryStatus = isFinalAttempt ? "FAILED" : "PENDING";
  log.warn("webhook not delivered", {
    deliveryId,
    endpointId: endpoint.id,
    attempt: delivery.attempts + 1,
    httpStatus: outcome.httpStatus,
    error: outcome.error,
    willRetry: status === "PENDING",
  });
  const result = await finish(deliveryId, { ...attempt, status, lastError: outcome.error });
  await disableFailingEndpoint(endpoint.id, now);
  return result;
}

function pick<T extends Record<keyof typeof deliverySelect, unknown>>(delivery: T) {
  const { id, status, attempts, lastHttpStatus, lastError, sentAt } = delivery;
  return { id, status, attempts, lastHttpStatus, lastError, sentAt } as {
    id: string;
    status: WebhookDeliveryStatus;
    attempts: number;
    lastHttpStatus: number | null;
    lastError: string | null;
    sentAt: Date | null;
  };
}

/** Records the outcome only on a delivery still pending: a concurrent run that finished first is left alone. */
async function finish(
  deliveryId: string,
  data: {
    status: WebhookDeliveryStatus;
    lastError: string | null;
    lastAttemptAt: Date;
    attempts?: { increment: number };
    lastHttpStatus?: number | null;
    lastResponseExcerpt?: string | null;
    lastDurationMs?: number;
    sentAt?: Date;
  },
) {
  await db.webhookDelivery.updateMany({ where: { id: deliveryId, status: "PENDING" }, data });
  return db.webhookDelivery.findUnique({ where: { id: deliveryId }, select: deliverySelect });
}
