import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "../db";
import { enqueueWebhookDelivery } from "./webhook-delivery-job";

/** The JSON body every delivery of an event carries, built once: a retry or replay sends the same bytes. */
export function webhookPayload(event: { type: string; createdAt: Date; data: unknown }) {
  return {
    type: event.type,
    timestamp: event.createdAt.toISOString(),
    data: event.data,
  } as Prisma.InputJsonObject;
}

/**
 * Hands a new event to every enabled webhook endpoint subscribed to its type: a delivery row each and the job
 * that sends it, in the caller's transaction. An endpoint added later never hears about older events.
 */
export async function deliverOutboundEvent(
  tx: Tx,
  event: { id: string; type: string; createdAt: Date; data: unknown },
) {
  const endpoints = await tx.webhookEndpoint.findMany({
    where: { isEnabled: true, eventTypes: { has: event.type } },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  if (endpoints.length === 0) return;
  const payload = webhookPayload(event);
  for (const endpoint of endpoints) {
    const delivery = await tx.webhookDelivery.create({
      data: { endpointId: endpoint.id, eventId: event.id, messageId: event.id, type: event.type, payload },
      select: { id: true },
    });
    await enqueueWebhookDelivery(tx, delivery.id);
  }
}
