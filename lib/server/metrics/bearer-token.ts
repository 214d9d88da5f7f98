import { createHash, timingSafeEqual } from "node:crypto";

// Compared as SHA-256 digests: timingSafeEqual needs equal lengths, and digests have one, so neither the token's
// length nor how much of it a guess got right shows in the time taken.
const digest = (text: string) => createHash("sha256").update(text).digest();

/** Whether an Authorization header carries exactly `Bearer <token>`. */
export function hasBearerToken(authorization: string | null | undefined, token: string): boolean {
  const presented = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "")?.[1] ?? "";
  return timingSafeEqual(digest(presented), digest(token)) && presented.length > 0;
}
