import "server-only";
import type { ComplianceRollup } from "@/generated/prisma/client";
import { db } from "../db";
import { env } from "../env";
import { countPortfolio, rollupCountsOf } from "../overview/count-portfolio";

/** Midnight UTC of the day `now` falls on: the rollup's key. */
export function rollupDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/**
 * Counts the portfolio exactly as the overview's tiles do (count-portfolio.ts) into the row of `now`'s UTC day,
 * replacing the counts taken earlier that day. Earlier days are never rewritten.
 */
export async function writeComplianceRollup(now = new Date()): Promise<ComplianceRollup> {
  const counts = rollupCountsOf(await countPortfolio({ now, staleAfterHours: env.FRESHNESS_STALE_HOURS }));
  const day = rollupDay(now);
  return db.complianceRollup.upsert({
    where: { day },
    create: { day, ...counts, computedAt: now },
    update: { ...counts, computedAt: now },
  });
}
