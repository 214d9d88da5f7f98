import "server-only";
import { randomBytes } from "node:crypto";
import { recordAudit, userActor } from "../audit/record-audit";
import type { CurrentUser } from "../auth/current-user";
import { db } from "../db";
import { AppError } from "../errors";
import { findWebhookEndpointForUpdate } from "./find-webhook-endpoint";
import { enqueueWebhookDelivery } from "./webhook-delivery-job";

export const testEventType = "webhook.test";

/**
 * Records a `webhook.test` delivery to an endpoint, its job and the audit row, in one transaction; the job sends
 * it, signed like any event, and the endpoint's delivery log shows how that went.
 */
export async function sendWebhookTestEvent({
  endpointId,
  actor,
  now = new Date(),
}: {
  endpointId: string;
  actor: CurrentUser;
  now?: Date;
}) {
  return db.$transaction(async (tx) => {
    const endpoint = await findWebhookEndpointForUpdate(tx, endpointId);
    if (!endpoint.isEnabled)
      throw new AppError("conflict", "This endpoint is disabled: enable it to send a test event.");
    const messageId = `msg_test_${randomBytes(12).toString("hex")}`;
    const delivery = await tx.webhookDelivery.create({
      data: {
        endpointId,
        messageId,
        type: testEventType,
        payload: {
          type: testEventType,
          timestamp: now.toISOString(),
          data: {
            message: "A test event from Coverwatch: this endpoint receives and verifies webhooks.",
            sentBy: actor.email,
          },
        },
      },
      select: { id: true },
    });
    await enqueueWebhookDelivery(tx, delivery.id);
    await recordAudit(tx, {
      actor: userActor(actor),
      action: "webhook-endpoint.test-sent",
      targetType: "WebhookEndpoint",
      targetId: endpointId,
      details: { url: endpoint.url, deliveryId: delivery.id },
    });
    return { deliveryId: delivery.id };
  });
}
