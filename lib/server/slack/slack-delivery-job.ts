import "server-only";
import type { Tx } from "../db";
import { enqueueInTransaction, queueNames } from "../jobs/queue";
import { deliverSlackMessage } from "./deliver-slack-message";

// The outbox's second half for Slack: the job that posts a delivery recorded with its decision.

export type SlackDeliveryJobData = { deliveryId: string };

/** Enqueues the posting of a recorded delivery, in the same transaction that recorded it. */
export function enqueueSlackDelivery(tx: Tx, deliveryId: string) {
  return enqueueInTransaction(tx, queueNames.slackDelivery, { deliveryId } satisfies SlackDeliveryJobData);
}

/**
 * The `slack-delivery` job. An attempt that may succeed later throws, so that pg-boss tries again with backoff;
 * the last attempt (or a refusal that will not change) ends the delivery FAILED instead. A retry of a delivery
 * already sent does nothing.
 */
export async function runSlackDeliveryJob(
  { deliveryId }: SlackDeliveryJobData,
  { isFinalAttempt }: { isFinalAttempt: boolean },
  now = new Date(),
) {
  const delivery = await deliverSlackMessage(deliveryId, { isFinalAttempt, now });
  if (delivery?.status === "PENDING")
    throw new Error(
      `slack delivery ${deliveryId} not sent (attempt ${delivery.attempts}): ${delivery.lastError ?? "unknown error"}`,
    );
  return delivery?.status ?? null;
}
