import { cryptoRandom, type Random } from "./random";

const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

export type IdPrefix = "ign" | "cod" | "acc" | "pol" | "prp" | "evt" | "req" | "tok";

/** Axle-style opaque ids: a prefix and 21 url-safe characters (`acc_gM2wn_gaqUv76ZljeVXOv`). */
export function newId(prefix: IdPrefix, random: Random = cryptoRandom): string {
  let body = "";
  for (let i = 0; i < 21; i++) body += alphabet[Math.floor(random() * 64)];
  return `${prefix}_${body}`;
}
