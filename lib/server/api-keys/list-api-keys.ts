import "server-only";
import { keyHint } from "@/lib/api-keys/api-key-format";
import { db } from "../db";

/** The settings page's keys, newest first: never the hash, only the prefix's hint. */
export async function listApiKeys() {
  const keys = await db.apiKey.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      name: true,
      prefix: true,
      expiresAt: true,
      lastUsedAt: true,
      revokedAt: true,
      createdAt: true,
      createdBy: { select: { name: true } },
    },
  });
  return keys.map(({ prefix, createdBy, ...key }) => ({
    ...key,
    hint: keyHint(prefix),
    createdByName: createdBy?.name ?? null,
  }));
}

export type ApiKeyRow = Awaited<ReturnType<typeof listApiKeys>>[number];
