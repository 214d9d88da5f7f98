import "server-only";
import type { Tx } from "../db";
import { AppError } from "../errors";

/** An endpoint about to be changed, read and row-locked inside the change's transaction (never its secrets). */
export async function findWebhookEndpointForUpdate(tx: Tx, endpointId: string) {
  const rows = await tx.$queryRaw<{ id: string; url: string; isEnabled: boolean; eventTypes: string[] }[]>`
    SELECT "id", "url", "isEnabled", "eventTypes" FROM "WebhookEndpoint" WHERE "id" = ${endpointId} FOR UPDATE`;
  const endpoint = rows[0];
  if (!endpoint) throw new AppError("not_found", "That endpoint no longer exists.");
  return endpoint;
}
