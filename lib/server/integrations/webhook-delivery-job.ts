import "server-only";
import type { Tx } from "../db";
import { enqueueInTransaction, queueNames } from "../jobs/queue";
import { deliverWebhook } from "./deliver-webhook";

// The outbox's second half for outbound webhooks: the job that sends a delivery recorded with its event.

export type WebhookDeliveryJobData = { deliveryId: string };

/** Enqueues the sending of a recorded delivery, in the same transaction that recorded it. */
export function enqueueWebhookDelivery(tx: Tx, deliveryId: string) {
  return enqueueInTransaction(tx, queueNames.webhookDelivery, {
    deliveryId,
  } satisfies WebhookDeliveryJobData);
}

/**
 * The `webhook-delivery` job. A failed attempt throws, so that pg-boss tries again with backoff; the last one
 * ends the delivery FAILED instead. A retry of a delivery already sent does nothing.
 */
export async function runWebhookDeliveryJob(
  { deliveryId }: WebhookDeliveryJobData,
  { isFinalAttempt }: { isFinalAttempt: boolean },
  now = new Date(),
) {
  const delivery = await deliverWebhook(deliveryId, { isFinalAttempt, now });
  if (delivery?.status === "PENDING")
    throw new Error(
      `webhook delivery ${deliveryId} not sent (attempt ${delivery.attempts}): ${delivery.lastError ?? "unknown error"}`,
    );
  return delivery?.status ?? null;
}
