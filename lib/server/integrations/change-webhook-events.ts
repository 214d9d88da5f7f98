import "server-only";
import { webhookEventTypesSchema } from "@/lib/integrations/webhook-endpoint-input";
import { recordAudit, userActor } from "../audit/record-audit";
import type { CurrentUser } from "../auth/current-user";
import { db } from "../db";
import { findWebhookEndpointForUpdate } from "./find-webhook-endpoint";

/**
 * Changes the events an endpoint hears about, from the next event on (deliveries already recorded go as they
 * are), with the audit row. The same set again changes nothing.
 */
export async function changeWebhookEvents({
  endpointId,
  eventTypes,
  actor,
}: {
  endpointId: string;
  eventTypes: unknown;
  actor: CurrentUser;
}) {
  const to = webhookEventTypesSchema.parse(eventTypes);
  return db.$transaction(async (tx) => {
    const endpoint = await findWebhookEndpointForUpdate(tx, endpointId);
    const from = [...endpoint.eventTypes].sort();
    if (from.join() === to.join()) return { changed: false };
    await tx.webhookEndpoint.update({
      where: { id: endpointId },
      data: { eventTypes: to },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor: userActor(actor),
      action: "webhook-endpoint.events-changed",
      targetType: "WebhookEndpoint",
      targetId: endpointId,
      details: { url: endpoint.url, from, to },
    });
    return { changed: true };
  });
}
