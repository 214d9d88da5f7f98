import "server-only";
import { recordAudit, userActor } from "../audit/record-audit";
import type { CurrentUser } from "../auth/current-user";
import { encryptToken } from "../crypto/token-cipher";
import { db } from "../db";
import { findWebhookEndpointForUpdate } from "./find-webhook-endpoint";
import { generateWebhookSecret, previousSecretValidityMs } from "./webhook-secret";

/**
 * Gives an endpoint a new signing secret, answered once. The current one keeps signing beside it for 24 hours,
 * so the receiver can switch without refusing a delivery; a secret rotated out earlier stops at once.
 */
export async function rotateWebhookSecret({
  endpointId,
  actor,
  now = new Date(),
}: {
  endpointId: string;
  actor: CurrentUser;
  now?: Date;
}) {
  const secret = generateWebhookSecret();
  const previousSecretExpiresAt = new Date(now.getTime() + previousSecretValidityMs);
  await db.$transaction(async (tx) => {
    const endpoint = await findWebhookEndpointForUpdate(tx, endpointId);
    const { secretEncrypted } = await tx.webhookEndpoint.findUniqueOrThrow({
      where: { id: endpointId },
      select: { secretEncrypted: true },
    });
    await tx.webhookEndpoint.update({
      where: { id: endpointId },
      data: {
        secretEncrypted: encryptToken(secret),
        previousSecretEncrypted: secretEncrypted,
        previousSecretExpiresAt,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor: userActor(actor),
      action: "webhook-endpoint.secret-rotated",
      targetType: "WebhookEndpoint",
      targetId: endpointId,
      details: { url: endpoint.url, previousSecretValidUntil: previousSecretExpiresAt.toISOString() },
    });
  });
  return { secret, previousSecretExpiresAt };
}
