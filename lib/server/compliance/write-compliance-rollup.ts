import "server-only";
import type { ComplianceRollup } from "@/generated/prisma/client";
import { db } from "../db";
import { env } from "../env";
import { countPortfolio, type PortfolioCounts, rollupCountsOf } from "../overview/count-portfolio";

/** Midnight UTC of the day `now` falls on: the rollup's key. */
export function rollupDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/**
 * Counts the portfolio exactly as the overview's tiles do (count-portfolio.ts) into the row of `now`'s UTC day,
 * replacing the counts taken earlier that day. Earlier days are never rewritten. A caller that has just counted
 * (the overview) passes its counts.
 */
export async function writeComplianceRollup(
  now = new Date(),
  portfolio?: PortfolioCounts,
): Promise<ComplianceRollup> {
  const counts = rollupCountsOf(
    portfolio ?? (await countPortfolio({ now, staleAfterHours: env.FRESHNESS_STALE_HOURS })),
  );
  const day = rollupDay(now);
  return db.complianceRollup.upsert({
    where: { day },
    create: { day, ...counts, computedAt: now },
    update: { ...counts, computedAt: now },
  });
}

/**
 * On demand: the overview writes today's row when the daily maintenance has not yet (a fresh install, or a
 * worker that was down at the scheduled hour), so the history has no holes. Idempotent.
 */
export async function ensureTodayRollup(now: Date, portfolio: PortfolioCounts): Promise<void> {
  const today = await db.complianceRollup.findUnique({
    where: { day: rollupDay(now) },
    select: { day: true },
  });
  if (!today) await writeComplianceRollup(now, portfolio);
}
