import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { RollupCounts } from "@/lib/overview/demo-rollup-history";
import { kpiTiles } from "@/lib/overview/kpi-tiles";
import { borrowerListFilter, type FilterClock } from "../borrowers/borrower-list-filter";
import { db } from "../db";

/**
 * The portfolio's numbers: the overview's tiles plus what the daily rollup keeps beside them. Each borrower
 * count is `count(*) FILTER (WHERE …)` with the borrower list's own condition, in one pass over "Borrower", so
 * a tile, the list it links to and the day's rollup agree by construction.
 */
const measures = [
  ...kpiTiles.map((tile) => ({ key: tile.key, filters: tile.filters })),
  { key: "not-monitored" as const, filters: { status: ["not-monitored" as const] } },
];
type MeasureKey = (typeof measures)[number]["key"];

export type PortfolioCounts = Record<MeasureKey, number> & { openViolations: number };

/** The query, for callers with their own connection (the scale seed); `countPortfolio` runs it here. */
export function portfolioCountsQuery(clock: FilterClock): Prisma.Sql {
  const counts = measures.map(
    (measure) =>
      Prisma.sql`count(*) FILTER (WHERE ${borrowerListFilter(measure.filters, clock)}) AS ${Prisma.raw(`"${measure.key}"`)}`,
  );
  return Prisma.sql`SELECT ${Prisma.join(counts)},
    (SELECT count(*) FROM "Violation" WHERE "status" IN ('OPEN', 'ACKNOWLEDGED')) AS "openViolations"
    FROM "Borrower"`;
}

export function toPortfolioCounts(row: Record<string, unknown> | undefined): PortfolioCounts {
  const number = (key: string) => Number(row?.[key] ?? 0);
  return {
    ...(Object.fromEntries(measures.map((measure) => [measure.key, number(measure.key)])) as Record<
      MeasureKey,
      number
    >),
    openViolations: number("openViolations"),
  };
}

export async function countPortfolio(clock: FilterClock): Promise<PortfolioCounts> {
  const [row] = await db.$queryRaw<Record<string, unknown>[]>(portfolioCountsQuery(clock));
  return toPortfolioCounts(row);
}

/** The counts a day's ComplianceRollup row keeps. */
export function rollupCountsOf(counts: PortfolioCounts): RollupCounts {
  return {
    monitored: counts.monitored,
    compliant: counts.compliant,
    atRisk: counts["at-risk"],
    nonCompliant: counts["non-compliant"],
    disconnected: counts.disconnected,
    notConnected: counts["not-connected"],
    notMonitored: counts["not-monitored"],
    stale: counts.stale,
    expiringSoon: counts.expiring,
    openViolations: counts.openViolations,
  };
}
