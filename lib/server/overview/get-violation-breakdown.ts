import "server-only";
import type { Severity } from "@/generated/prisma/enums";
import { db } from "../db";

const weekMs = 7 * 24 * 60 * 60 * 1000;

export type ViolationBreakdown = {
  /** Open (open or acknowledged) violations per severity. */
  bySeverity: Record<Severity, number>;
  /** Open violations per rule, most first. */
  byRule: { ruleKey: string; count: number }[];
  /** Violations opened and resolved per ISO week (Monday, UTC), oldest first, for the last `weeks` weeks. */
  weekly: { weekStart: string; opened: number; resolved: number }[];
};

export async function getViolationBreakdown(now: Date, weeks = 12): Promise<ViolationBreakdown> {
  const since = new Date(now.getTime() - weeks * weekMs);
  const [severities, rules, weekly] = await Promise.all([
    db.$queryRaw<{ severity: Severity; count: bigint }[]>`
      SELECT "severity", count(*) AS count FROM "Violation"
      WHERE "status" IN ('OPEN', 'ACKNOWLEDGED') GROUP BY "severity"`,
    db.$queryRaw<{ ruleKey: string; count: bigint }[]>`
      SELECT "ruleKey", count(*) AS count FROM "Violation"
      WHERE "status" IN ('OPEN', 'ACKNOWLEDGED') GROUP BY "ruleKey" ORDER BY count DESC, "ruleKey"`,
    db.$queryRaw<{ weekStart: Date; opened: bigint; resolved: bigint }[]>`
      SELECT "weekStart", sum(opened) AS opened, sum(resolved) AS resolved FROM (
        SELECT date_trunc('week', "firstSeenAt") AS "weekStart", 1 AS opened, 0 AS resolved
        FROM "Violation" WHERE "firstSeenAt" >= ${since}
        UNION ALL
        SELECT date_trunc('week', "resolvedAt"), 0, 1 FROM "Violation" WHERE "resolvedAt" >= ${since}
      ) moments GROUP BY "weekStart"`,
  ]);
  const bySeverity: Record<Severity, number> = { CRITICAL: 0, HIGH: 0, MEDIUM: 0, LOW: 0 };
  for (const row of severities) bySeverity[row.severity] = Number(row.count);
  return {
    bySeverity,
    byRule: rules.map((row) => ({ ruleKey: row.ruleKey, count: Number(row.count) })),
    weekly: weekStarts(since, now).map((weekStart) => {
      const row = weekly.find((candidate) => candidate.weekStart.toISOString().slice(0, 10) === weekStart);
      return { weekStart, opened: Number(row?.opened ?? 0), resolved: Number(row?.resolved ?? 0) };
    }),
  };
}

/** The Mondays (UTC) from the week of `since` to the week of `now`, as dates, so empty weeks show as zero. */
function weekStarts(since: Date, now: Date): string[] {
  const monday = (date: Date) => {
    const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
    day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
    return day;
  };
  const starts: string[] = [];
  for (let week = monday(since); week <= now; week = new Date(week.getTime() + weekMs))
    starts.push(week.toISOString().slice(0, 10));
  return starts;
}
