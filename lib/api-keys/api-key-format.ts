// An API key's shape: `cw_live_<prefix>_<secret>`. The prefix finds the key's row; the whole key's SHA-256 is
// what is stored and compared. The key itself is shown once and never kept.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

const keyPattern = /^cw_live_([a-f0-9]{12})_([A-Za-z0-9_-]{32})$/;

export type ParsedApiKey = { prefix: string; key: string };

export function generateApiKey(): { key: string; prefix: string; secretHash: string } {
  const prefix = randomBytes(6).toString("hex");
  const key = `cw_live_${prefix}_${randomBytes(24).toString("base64url")}`;
  return { key, prefix, secretHash: hashApiKey(key) };
}

export const hashApiKey = (key: string) => createHash("sha256").update(key).digest("hex");

/** The key in an `Authorization: Bearer …` header, if the header holds one of ours. */
export function parseBearerKey(header: string | null): ParsedApiKey | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  const key = match?.[1] ?? "";
  const parts = keyPattern.exec(key);
  return parts?.[1] ? { prefix: parts[1], key } : null;
}

/** Whether `key` hashes to `secretHash`, in constant time. */
export function isKeyOf(key: string, secretHash: string): boolean {
  const expected = Buffer.from(secretHash, "hex");
  const actual = Buffer.from(hashApiKey(key), "hex");
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** What the settings page shows of a key: enough to tell keys apart, nothing to use. */
export const keyHint = (prefix: string) => `cw_live_${prefix}_…`;
