import "server-only";
import type { ComplianceRollup } from "@/generated/prisma/client";
import { db } from "../db";
import { env } from "../env";

const dayMs = 24 * 60 * 60 * 1000;
/** "Expiring soon" on the overview: the next 30 days, whatever each borrower's profile warns at. */
const expiringSoonDays = 30;

/** Midnight UTC of the day `now` falls on: the rollup's key. */
export function rollupDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/**
 * Counts the portfolio from the stored Borrower columns (one pass over the table) into the row of `now`'s
 * UTC day, replacing the counts taken earlier that day. Monitored means watched through a connection:
 * every status but NOT_MONITORED (descoped) and NOT_CONNECTED (never connected).
 */
export async function writeComplianceRollup(now = new Date()): Promise<ComplianceRollup> {
  const day = rollupDay(now).toISOString();
  const at = now.toISOString();
  const staleBefore = new Date(now.getTime() - env.FRESHNESS_STALE_HOURS * 60 * 60 * 1000).toISOString();
  const soon = new Date(now.getTime() + expiringSoonDays * dayMs).toISOString();
  // Prisma stores UTC timestamps without a zone: every bound is converted the same way.
  const [row] = await db.$queryRaw<ComplianceRollup[]>`
    WITH counted AS (
      SELECT "complianceStatus", "lastRefreshedAt", "nextExpirationDate", "openViolationCount",
             "complianceStatus" NOT IN ('NOT_MONITORED', 'NOT_CONNECTED') AS is_monitored
      FROM "Borrower"
    )
    INSERT INTO "ComplianceRollup" (
      day, monitored, compliant, "atRisk", "nonCompliant", disconnected, "notConnected", "notMonitored",
      stale, "expiringSoon", "openViolations", "computedAt"
    )
    SELECT
      (${day}::timestamptz AT TIME ZONE 'UTC'),
      count(*) FILTER (WHERE is_monitored)::int,
      count(*) FILTER (WHERE "complianceStatus" = 'COMPLIANT')::int,
      count(*) FILTER (WHERE "complianceStatus" = 'AT_RISK')::int,
      count(*) FILTER (WHERE "complianceStatus" = 'NON_COMPLIANT')::int,
      count(*) FILTER (WHERE "complianceStatus" = 'DISCONNECTED')::int,
      count(*) FILTER (WHERE "complianceStatus" = 'NOT_CONNECTED')::int,
      count(*) FILTER (WHERE "complianceStatus" = 'NOT_MONITORED')::int,
      count(*) FILTER (
        WHERE is_monitored AND "lastRefreshedAt" < (${staleBefore}::timestamptz AT TIME ZONE 'UTC')
      )::int,
      count(*) FILTER (
        WHERE is_monitored
          AND "nextExpirationDate" >= (${at}::timestamptz AT TIME ZONE 'UTC')
          AND "nextExpirationDate" <= (${soon}::timestamptz AT TIME ZONE 'UTC')
      )::int,
      coalesce(sum("openViolationCount"), 0)::int,
      (${at}::timestamptz AT TIME ZONE 'UTC')
    FROM counted
    ON CONFLICT (day) DO UPDATE SET
      monitored = EXCLUDED.monitored,
      compliant = EXCLUDED.compliant,
      "atRisk" = EXCLUDED."atRisk",
      "nonCompliant" = EXCLUDED."nonCompliant",
      disconnected = EXCLUDED.disconnected,
      "notConnected" = EXCLUDED."notConnected",
      "notMonitored" = EXCLUDED."notMonitored",
      stale = EXCLUDED.stale,
      "expiringSoon" = EXCLUDED."expiringSoon",
      "openViolations" = EXCLUDED."openViolations",
      "computedAt" = EXCLUDED."computedAt"
    RETURNING *`;
  if (!row) throw new Error("the compliance rollup was not written");
  return row;
}
