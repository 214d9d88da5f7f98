import { createHmac, timingSafeEqual } from "node:crypto";

// Short HMAC-SHA256 signatures for values the app puts in a URL and must recognise when they come back. A
// purpose string keeps one kind of signature from being accepted as another. The key is the caller's (the
// server passes NEXTAUTH_SECRET: lib/server/crypto/signature.ts; tools that prepare URLs the app will read pass
// the same).

export function signWithKey(key: string, purpose: string, ...parts: string[]): string {
  return createHmac("sha256", key)
    .update([purpose, ...parts].join("\n"))
    .digest("base64url")
    .slice(0, 32);
}

/** Whether `signature` is the signature of these parts under `key`, compared in constant time. */
export function isSignedWithKey(
  key: string,
  signature: unknown,
  purpose: string,
  ...parts: string[]
): boolean {
  if (typeof signature !== "string") return false;
  const given = Buffer.from(signature);
  const expected = Buffer.from(signWithKey(key, purpose, ...parts));
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The `state` the Ignition callback expects for a session (lib/server/ignition/callback-state.ts). */
export const ignitionCallbackState = (key: string, sessionId: string) =>
  signWithKey(key, "ignition-callback", sessionId);
