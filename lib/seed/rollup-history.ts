// Today's portfolio counts, read from the stored statuses, and the 90 days of ComplianceRollup that lead up to
// them (lib/overview/demo-rollup-history.ts). Columns are UTC `timestamp`s: times are converted explicitly,
// whatever the session's time zone. Takes any query runner: pg for the scale seed, Prisma's raw
// queries for the demo seed.
import { demoRollupHistory, type RollupCounts } from "@/lib/overview/demo-rollup-history";
import {
  portfolioCountsQuery,
  rollupCountsOf,
  toPortfolioCounts,
} from "@/lib/server/overview/count-portfolio";

export type RunQuery = (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

/**
 * Today's counts, taken exactly as the overview's tiles and the daily rollup take them (count-portfolio.ts),
 * through whichever connection the seed holds.
 */
export async function todayRollupCounts(
  query: RunQuery,
  now: Date,
  staleHours: number,
): Promise<RollupCounts> {
  const sql = portfolioCountsQuery({ now, staleAfterHours: staleHours });
  const [row] = await query(sql.text, sql.values);
  return rollupCountsOf(toPortfolioCounts(row));
}

const columns = [
  "monitored",
  "compliant",
  "atRisk",
  "nonCompliant",
  "disconnected",
  "notConnected",
  "notMonitored",
  "stale",
  "expiringSoon",
  "openViolations",
] as const satisfies (keyof RollupCounts)[];

/** Replaces the last 90 days of rollups (seeded history is not history: it may be rewritten). */
export async function writeRollupHistory(query: RunQuery, now: Date, today: RollupCounts): Promise<number> {
  const history = demoRollupHistory({ today, now });
  const names = ["day", ...columns].map((name) => `"${name}"`).join(", ");
  const params = [
    history.map((row) => row.day.toISOString()),
    ...columns.map((column) => history.map((row) => row[column])),
  ];
  const arrays = ["$1::timestamptz[]", ...columns.map((_, i) => `$${i + 2}::int[]`)].join(", ");
  const updates = columns.map((column) => `"${column}" = excluded."${column}"`).join(", ");
  await query(
    `INSERT INTO "ComplianceRollup" (${names}, "computedAt")
     SELECT u.day AT TIME ZONE 'UTC', ${columns.map((column) => `u."${column}"`).join(", ")}, now() AT TIME ZONE 'UTC'
     FROM unnest(${arrays}) AS u(${names})
     ON CONFLICT (day) DO UPDATE SET ${updates}, "computedAt" = excluded."computedAt"`,
    params,
  );
  return history.length;
}
