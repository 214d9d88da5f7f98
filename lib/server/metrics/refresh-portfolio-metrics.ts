import "server-only";
import { ComplianceStatus } from "@/generated/prisma/enums";
import { borrowerListFilter } from "../borrowers/borrower-list-filter";
import { db } from "../db";
import { env } from "../env";

// The `portfolio-metrics` job (every minute): one pass over the borrowers, grouped by compliance status, written to
// PortfolioStatusCount for the gauges to read. Stale means what the borrower list's "stale" filter (and the
// overview's tile and the daily digest) mean by it: the same SQL condition, so the numbers agree.

type Row = { status: ComplianceStatus; borrowers: number; staleBorrowers: number };

export async function refreshPortfolioMetrics(now = new Date()) {
  const isStale = borrowerListFilter({ isStale: true }, { now, staleAfterHours: env.FRESHNESS_STALE_HOURS });
  const rows = await db.$queryRaw<Row[]>`
    SELECT "complianceStatus" AS status, count(*)::int AS borrowers,
      count(*) FILTER (WHERE ${isStale})::int AS "staleBorrowers"
    FROM "Borrower"
    GROUP BY "complianceStatus"`;
  const found = new Map(rows.map((row) => [row.status, row]));
  // Every status gets its row, 0 included, so a status nobody holds any more does not keep its last count.
  const counts = Object.values(ComplianceStatus).map((status) => ({
    status,
    borrowers: found.get(status)?.borrowers ?? 0,
    staleBorrowers: found.get(status)?.staleBorrowers ?? 0,
    measuredAt: now,
  }));
  await db.$transaction(
    counts.map((row) =>
      db.portfolioStatusCount.upsert({ where: { status: row.status }, create: row, update: row }),
    ),
  );
  return counts;
}
