import "server-only";
import { keyHint } from "@/lib/api-keys/api-key-format";
import { recordAudit, userActor } from "../audit/record-audit";
import type { CurrentUser } from "../auth/current-user";
import { db } from "../db";
import { AppError } from "../errors";

/** Revokes a key at once (its next request gets 401), with the audit row. Revoking twice changes nothing. */
export async function revokeApiKey({ keyId, actor }: { keyId: string; actor: CurrentUser }) {
  return db.$transaction(async (tx) => {
    const [key] = await tx.$queryRaw<{ id: string; name: string; prefix: string; revokedAt: Date | null }[]>`
      SELECT "id", "name", "prefix", "revokedAt" FROM "ApiKey" WHERE "id" = ${keyId} FOR UPDATE`;
    if (!key) throw new AppError("not_found", "That key no longer exists.");
    if (key.revokedAt) return { name: key.name };
    await tx.apiKey.update({ where: { id: keyId }, data: { revokedAt: new Date() }, select: { id: true } });
    await recordAudit(tx, {
      actor: userActor(actor),
      action: "api-key.revoked",
      targetType: "ApiKey",
      targetId: key.id,
      details: { name: key.name, key: keyHint(key.prefix) },
    });
    return { name: key.name };
  });
}
