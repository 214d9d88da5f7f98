// What one batch of seeded borrowers turns into: rows per table, ready for insertRows, and what a run shares.
import { randomBytes, randomUUID } from "node:crypto";
import type { Severity } from "@/generated/prisma/enums";
import type { Scenario } from "./scenarios";
import { insertOrder, type Row, type TableName } from "./tables";

export type Batch = { [T in TableName]: Row<T>[] } & { scenarios: Partial<Record<Scenario, number>> };

export function emptyBatch(): Batch {
  const batch = Object.fromEntries(insertOrder.map((table) => [table, []])) as unknown as Batch;
  batch.scenarios = {};
  return batch;
}

export type SeedRule = { ruleKey: string; severity: Severity; input: unknown };

export type SeedContext = {
  /** The PRNG seed: the same seed writes the same borrowers. */
  seed: number;
  now: Date;
  /** Carrier slugs, as Axle's carrier list names them. */
  carriers: readonly string[];
  /** The default profile's newest version, which every seeded borrower falls under. */
  profile: { versionId: string; rules: SeedRule[] };
  /** The user who starts Ignition, acknowledges and waives; null on a database without users. */
  actorId: string | null;
};

/** Our own ids are UUIDs (lib/ids.ts). */
export const newUuid = randomUUID;

const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

let pool = Buffer.alloc(0);
let offset = 0;

/** Axle-style ids (`pol_` and 21 url-safe characters), random so that a second run can append. */
export function newAxleId(prefix: "acc" | "pol" | "prp" | "evt" | "ign"): string {
  // One call to the system's generator per 3,000 ids rather than per id.
  if (offset + 21 > pool.length) {
    pool = randomBytes(64 * 1024);
    offset = 0;
  }
  let body = "";
  for (let i = 0; i < 21; i++) body += alphabet[(pool[offset + i] as number) & 63];
  offset += 21;
  return `${prefix}_${body}`;
}
