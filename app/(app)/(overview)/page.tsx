import type { Metadata } from "next";
import { OverviewView } from "@/components/overview/overview-view";
import { requirePagePermission } from "@/lib/server/auth/current-user";
import { ensureTodayRollup } from "@/lib/server/compliance/write-compliance-rollup";
import { env } from "@/lib/server/env";
import { countPortfolio } from "@/lib/server/overview/count-portfolio";
import { getStatusTrend } from "@/lib/server/overview/get-status-trend";
import { getViolationBreakdown } from "@/lib/server/overview/get-violation-breakdown";

export const metadata: Metadata = { title: "Overview" };

export default async function OverviewPage() {
  await requirePagePermission("dashboard.read");
  const now = new Date();
  const [counts, breakdown] = await Promise.all([
    countPortfolio({ now, staleAfterHours: env.FRESHNESS_STALE_HOURS }),
    getViolationBreakdown(now),
  ]);
  await ensureTodayRollup(now, counts);
  const trend = await getStatusTrend(now, {
    compliant: counts.compliant,
    atRisk: counts["at-risk"],
    nonCompliant: counts["non-compliant"],
    disconnected: counts.disconnected,
    notConnected: counts["not-connected"],
  });
  return <OverviewView counts={counts} breakdown={breakdown} trend={trend} />;
}
