import "server-only";
import { recordAudit, userActor } from "../audit/record-audit";
import type { CurrentUser } from "../auth/current-user";
import { db } from "../db";
import { findWebhookEndpointForUpdate } from "./find-webhook-endpoint";

/**
 * Enables or disables an endpoint. A disabled endpoint gets no new events, and its deliveries still waiting are
 * skipped; enabling it again starts its count of failing days afresh.
 */
export async function setWebhookEndpointEnabled({
  endpointId,
  isEnabled,
  actor,
}: {
  endpointId: string;
  isEnabled: boolean;
  actor: CurrentUser;
}) {
  return db.$transaction(async (tx) => {
    const endpoint = await findWebhookEndpointForUpdate(tx, endpointId);
    if (endpoint.isEnabled === isEnabled) return { changed: false };
    await tx.webhookEndpoint.update({
      where: { id: endpointId },
      data: { isEnabled, disabledReason: null, failingSince: null },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor: userActor(actor),
      action: isEnabled ? "webhook-endpoint.enabled" : "webhook-endpoint.disabled",
      targetType: "WebhookEndpoint",
      targetId: endpointId,
      details: { url: endpoint.url },
    });
    return { changed: true };
  });
}
