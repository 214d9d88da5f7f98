import "server-only";
import { isKeyOf, parseBearerKey } from "@/lib/api-keys/api-key-format";
import { db } from "../db";

export type ApiCaller = { keyId: string; scope: "READ" };

const lastUsedEveryMs = 60_000;
/** When this process last wrote each key's lastUsedAt: most requests skip the write without a query. */
const lastUsedWrites = new Map<string, number>();

/**
 * The key behind an `Authorization` header, or null for none, an unknown one, a revoked or an expired one (the
 * caller answers 401 alike, so an answer never tells which). Notes the use at most once a minute per key.
 */
export async function authenticateApiKey(header: string | null, now = new Date()): Promise<ApiCaller | null> {
  const parsed = parseBearerKey(header);
  if (!parsed) return null;
  const key = await db.apiKey.findUnique({
    where: { prefix: parsed.prefix },
    select: { id: true, secretHash: true, scope: true, revokedAt: true, expiresAt: true },
  });
  if (!key || !isKeyOf(parsed.key, key.secretHash)) return null;
  if (key.revokedAt || (key.expiresAt && key.expiresAt <= now)) return null;
  await noteUse(key.id, now);
  return { keyId: key.id, scope: key.scope };
}

async function noteUse(keyId: string, now: Date) {
  const last = lastUsedWrites.get(keyId);
  if (last !== undefined && now.getTime() - last < lastUsedEveryMs) return;
  lastUsedWrites.set(keyId, now.getTime());
  // Conditional, so several processes together still write about once a minute.
  await db.apiKey.updateMany({
    where: {
      id: keyId,
      OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - lastUsedEveryMs) } }],
    },
    data: { lastUsedAt: now },
  });
}
