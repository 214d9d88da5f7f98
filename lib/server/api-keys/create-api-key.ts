import "server-only";
import { generateApiKey, keyHint } from "@/lib/api-keys/api-key-format";
import { apiKeyInputSchema, expiryDate } from "@/lib/api-keys/api-key-input";
import { recordAudit, userActor } from "../audit/record-audit";
import type { CurrentUser } from "../auth/current-user";
import { db } from "../db";

/**
 * Creates a read key with its audit row. Returns the key itself, which exists nowhere else: only its SHA-256 is
 * stored, so the caller shows it once.
 */
export async function createApiKey({
  input,
  actor,
  now = new Date(),
}: {
  input: unknown;
  actor: CurrentUser;
  now?: Date;
}) {
  const { name, expiry } = apiKeyInputSchema.parse(input);
  const { key, prefix, secretHash } = generateApiKey();
  const expiresAt = expiryDate(expiry, now);
  return db.$transaction(async (tx) => {
    const created = await tx.apiKey.create({
      data: { name, prefix, secretHash, expiresAt, createdById: actor.id },
      select: { id: true, name: true, expiresAt: true },
    });
    await recordAudit(tx, {
      actor: userActor(actor),
      action: "api-key.created",
      targetType: "ApiKey",
      targetId: created.id,
      details: { name, scope: "read", key: keyHint(prefix), expiresAt: expiresAt?.toISOString() ?? null },
    });
    return { ...created, key };
  });
}
