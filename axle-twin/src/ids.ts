import { randomBytes } from "node:crypto";
import type { Random } from "./random";

const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

export type IdPrefix = "ign" | "cod" | "acc" | "pol" | "prp" | "evt" | "req" | "tok";

/**
 * Axle-style opaque ids: a prefix and 21 url-safe characters (`acc_gM2wn_gaqUv76ZljeVXOv`). From a seeded
 * generator when one is given (seeded data repeats), otherwise from crypto in one call (this runs on every
 * response, for `x-axle-request-id`).
 */
export function newId(prefix: IdPrefix, random?: Random): string {
  let body = "";
  if (random) {
    for (let i = 0; i < 21; i++) body += alphabet[Math.floor(random() * 64)];
  } else {
    for (const byte of randomBytes(21)) body += alphabet[byte & 63];
  }
  return `${prefix}_${body}`;
}
