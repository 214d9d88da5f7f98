// Randomness the twin can repeat: a seeded generator for seeded data and fault injection (what users create at
// run time takes crypto ids, see ids.ts).
import { createHash } from "node:crypto";

export type Random = () => number;

/** mulberry32 over a 32-bit seed derived from any string. */
export function seededRandom(seed: string): Random {
  let state = createHash("sha256").update(seed).digest().readUInt32LE(0);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
