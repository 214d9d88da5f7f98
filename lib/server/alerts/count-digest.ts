import "server-only";
import { borrowerListQuery } from "@/lib/borrowers/list-params";
import type { DigestContent, DigestLine } from "@/lib/notifications/digest-email";
import { type KpiKey, kpiTiles } from "@/lib/overview/kpi-tiles";
import { type ViolationFilters, violationListQuery } from "@/lib/violations/violation-list-params";
import { db } from "../db";
import { env } from "../env";
import { countPortfolio } from "../overview/count-portfolio";
import { violationsWhere } from "../violations/list-violations";

const dayMs = 24 * 60 * 60 * 1000;

/** The overview's tiles the digest repeats, in its order. */
const borrowerTiles: KpiKey[] = ["expiring", "stale", "disconnected", "not-connected"];

/** Midnight UTC of a moment's day: the digest's day, one digest per user each. */
export const utcDayOf = (moment: Date) =>
  new Date(Date.UTC(moment.getUTCFullYear(), moment.getUTCMonth(), moment.getUTCDate()));

/**
 * What the daily digest says at a moment: the violations opened (and not resolved since) and resolved in the 24
 * hours before it, and the overview's tiles for expiring, stale, disconnected and not connected borrowers. Each
 * count is read with the very condition of the list its link opens (the queue's `violationsWhere`, the overview's
 * `countPortfolio` over the borrower list's filters), so the number and the list agree.
 */
export async function countDigest(now: Date): Promise<DigestContent> {
  const since = new Date(now.getTime() - dayMs);
  const violationLines: { key: string; label: string; filters: ViolationFilters }[] = [
    { key: "opened", label: "New, not resolved", filters: { openedSince: since.toISOString() } },
    {
      key: "resolved",
      label: "Resolved",
      filters: { status: "RESOLVED", resolvedSince: since.toISOString() },
    },
  ];
  const [portfolio, ...violationCounts] = await Promise.all([
    countPortfolio({ now, staleAfterHours: env.FRESHNESS_STALE_HOURS }),
    // No assignee filter here: the queue's "me" is nobody in particular.
    ...violationLines.map((line) =>
      db.violation.count({ where: violationsWhere(line.filters, { now, userId: "" }) }),
    ),
  ]);
  const violations: DigestLine[] = violationLines.map((line, index) => ({
    key: line.key,
    label: line.label,
    count: violationCounts[index] ?? 0,
    path: `/violations${violationListQuery({ filters: line.filters })}`,
  }));
  const borrowers: DigestLine[] = borrowerTiles.map((key) => {
    const tile = kpiTiles.find((candidate) => candidate.key === key);
    if (!tile) throw new Error(`no overview tile ${key}`);
    return {
      key,
      label: tile.label,
      count: portfolio[key],
      path: `/borrowers${borrowerListQuery({ filters: tile.filters })}`,
    };
  });
  return { day: utcDayOf(now), since, violations, borrowers };
}
