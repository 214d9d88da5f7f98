import "server-only";
import { recordAudit, userActor } from "../audit/record-audit";
import type { CurrentUser } from "../auth/current-user";
import { db } from "../db";
import { findWebhookEndpointForUpdate } from "./find-webhook-endpoint";

/** Deletes an endpoint with its deliveries (a waiting one is then never sent), and writes the audit row. */
export async function deleteWebhookEndpoint({
  endpointId,
  actor,
}: {
  endpointId: string;
  actor: CurrentUser;
}) {
  await db.$transaction(async (tx) => {
    const endpoint = await findWebhookEndpointForUpdate(tx, endpointId);
    await tx.webhookEndpoint.delete({ where: { id: endpointId }, select: { id: true } });
    await recordAudit(tx, {
      actor: userActor(actor),
      action: "webhook-endpoint.deleted",
      targetType: "WebhookEndpoint",
      targetId: endpointId,
      details: { url: endpoint.url, eventTypes: endpoint.eventTypes },
    });
  });
}
