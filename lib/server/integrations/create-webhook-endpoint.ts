import "server-only";
import { webhookEndpointInputSchema } from "@/lib/integrations/webhook-endpoint-input";
import { recordAudit, userActor } from "../audit/record-audit";
import type { CurrentUser } from "../auth/current-user";
import { encryptToken } from "../crypto/token-cipher";
import { db } from "../db";
import { AppError } from "../errors";
import { destinationProblem } from "./destination-guard";
import { generateWebhookSecret } from "./webhook-secret";

/**
 * Adds an endpoint, enabled, with a new signing secret stored encrypted, and its audit row. Answers the secret:
 * the one time it is shown.
 */
export async function createWebhookEndpoint({ input, actor }: { input: unknown; actor: CurrentUser }) {
  const { url, description, eventTypes } = webhookEndpointInputSchema.parse(input);
  const problem = await destinationProblem(url);
  if (problem) throw new AppError("bad_request", problem);
  const secret = generateWebhookSecret();
  const endpoint = await db.$transaction(async (tx) => {
    const created = await tx.webhookEndpoint.create({
      data: { url, description, eventTypes, secretEncrypted: encryptToken(secret), createdById: actor.id },
      select: { id: true, url: true },
    });
    await recordAudit(tx, {
      actor: userActor(actor),
      action: "webhook-endpoint.created",
      targetType: "WebhookEndpoint",
      targetId: created.id,
      details: { url, description, eventTypes },
    });
    return created;
  });
  return { ...endpoint, secret };
}
