import { randomBytes } from "node:crypto";

const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/** Axle-style opaque ids: a prefix and 21 url-safe characters (`acc_gM2wn_gaqUv76ZljeVXOv`). */
export function newId(prefix: "ign" | "cod" | "acc" | "pol" | "prp" | "evt" | "req" | "tok"): string {
  const bytes = randomBytes(21);
  let body = "";
  for (const byte of bytes) body += alphabet[byte & 63];
  return `${prefix}_${body}`;
}
