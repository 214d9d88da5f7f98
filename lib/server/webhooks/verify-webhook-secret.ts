import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { env } from "../env";

/** Axle signs nothing; it sends a custom header agreed with us. Compare it in constant time. */
export function hasValidWebhookSecret(headers: Headers): boolean {
  const presented = headers.get(env.AXLE_WEBHOOK_HEADER);
  if (presented === null) return false;
  // Hash both sides so the comparison takes the same time whatever the presented value's length.
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(presented), digest(env.AXLE_WEBHOOK_SECRET));
}
