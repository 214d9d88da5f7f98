import "server-only";
import { randomBytes } from "node:crypto";
import { Webhook } from "standardwebhooks";
import { decryptToken } from "../crypto/token-cipher";

// An endpoint's signing secrets (Standard Webhooks: `whsec_` and 32 random bytes in base64) and the signature
// header they make. After a rotation the previous secret signs too, until it expires, so that a receiver may
// switch to the new secret at its own pace.

/** How long a rotated-out secret keeps signing. */
export const previousSecretValidityMs = 24 * 60 * 60 * 1000;

export const generateWebhookSecret = () => `whsec_${randomBytes(32).toString("base64")}`;

type Secrets = {
  secretEncrypted: string;
  previousSecretEncrypted: string | null;
  previousSecretExpiresAt: Date | null;
};

/** The `webhook-signature` header: a `v1,` signature per valid secret, space-separated, the newest first. */
export function signatureHeader(
  endpoint: Secrets,
  { messageId, timestamp, body, now }: { messageId: string; timestamp: Date; body: string; now: Date },
): string {
  const secrets = [decryptToken(endpoint.secretEncrypted)];
  if (
    endpoint.previousSecretEncrypted &&
    endpoint.previousSecretExpiresAt &&
    endpoint.previousSecretExpiresAt > now
  )
    secrets.push(decryptToken(endpoint.previousSecretEncrypted));
  return secrets.map((secret) => new Webhook(secret).sign(messageId, timestamp, body)).join(" ");
}
