// AES-256-GCM for access tokens at rest: `v1.<iv>.<tag>.<ciphertext>`, base64url parts. Pure functions of the
// key, so tests and tools can use them; the app reaches them through lib/server/crypto/token-cipher.ts.
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";

const version = "v1";

export function encryptWithKey(key: Buffer, plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [version, ...[iv, cipher.getAuthTag(), ciphertext].map((part) => part.toString("base64url"))].join(
    ".",
  );
}

export function decryptWithKey(key: Buffer, stored: string): string {
  const [storedVersion, iv, tag, ciphertext] = stored.split(".");
  if (storedVersion !== version || !iv || !tag || !ciphertext)
    throw new Error("unrecognised encrypted token format");
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString(
    "utf8",
  );
}

/** A keyed digest under a sub-key, to find a token's row without storing the token in the clear. */
export function digestWithKey(key: Buffer, plaintext: string): string {
  const digestKey = createHmac("sha256", key).update("coverwatch:token-digest").digest();
  return createHmac("sha256", digestKey).update(plaintext).digest("hex");
}
