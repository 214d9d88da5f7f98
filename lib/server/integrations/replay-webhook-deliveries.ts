import "server-only";
import { recordAudit, userActor } from "../audit/record-audit";
import type { CurrentUser } from "../auth/current-user";
import { db, type Tx } from "../db";
import { AppError } from "../errors";
import { findWebhookEndpointForUpdate } from "./find-webhook-endpoint";
import { enqueueWebhookDelivery } from "./webhook-delivery-job";

// Sending again what an endpoint missed: one delivery, or every failure since a time. The same body and the same
// `webhook-id` go again (the receiver can tell a replay from a new event), freshly signed.

/** At most this many deliveries per replay of failures; a larger backlog takes several. */
export const maxReplay = 1000;

async function requeue(tx: Tx, deliveryIds: string[]) {
  await tx.webhookDelivery.updateMany({
    where: { id: { in: deliveryIds } },
    data: { status: "PENDING" },
  });
  for (const id of deliveryIds) await enqueueWebhookDelivery(tx, id);
}

async function enabledEndpoint(tx: Tx, endpointId: string) {
  const endpoint = await findWebhookEndpointForUpdate(tx, endpointId);
  if (!endpoint.isEnabled) throw new AppError("conflict", "This endpoint is disabled: enable it to replay.");
  return endpoint;
}

export async function replayWebhookDelivery({
  endpointId,
  deliveryId,
  actor,
}: {
  endpointId: string;
  deliveryId: string;
  actor: CurrentUser;
}) {
  await db.$transaction(async (tx) => {
    const endpoint = await enabledEndpoint(tx, endpointId);
    const delivery = await tx.webhookDelivery.findFirst({
      where: { id: deliveryId, endpointId },
      select: { id: true, status: true },
    });
    if (!delivery) throw new AppError("not_found", "That delivery no longer exists.");
    if (delivery.status === "PENDING") throw new AppError("conflict", "This delivery is still being sent.");
    await requeue(tx, [delivery.id]);
    await recordAudit(tx, {
      actor: userActor(actor),
      action: "webhook-endpoint.replayed",
      targetType: "WebhookEndpoint",
      targetId: endpointId,
      details: { url: endpoint.url, deliveryIds: [delivery.id] },
    });
  });
}

/** Replays every FAILED or SKIPPED delivery of the endpoint recorded since `since`; answers how many. */
export async function replayFailedWebhookDeliveries({
  endpointId,
  since,
  actor,
}: {
  endpointId: string;
  since: Date;
  actor: CurrentUser;
}) {
  return db.$transaction(async (tx) => {
    const endpoint = await enabledEndpoint(tx, endpointId);
    const failed = await tx.webhookDelivery.findMany({
      where: { endpointId, status: { in: ["FAILED", "SKIPPED"] }, createdAt: { gte: since } },
      select: { id: true },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: maxReplay,
    });
    if (failed.length === 0) return { count: 0 };
    await requeue(
      tx,
      failed.map((delivery) => delivery.id),
    );
    await recordAudit(tx, {
      actor: userActor(actor),
      action: "webhook-endpoint.replayed",
      targetType: "WebhookEndpoint",
      targetId: endpointId,
      details: { url: endpoint.url, since: since.toISOString(), count: failed.length },
    });
    return { count: failed.length };
  });
}
