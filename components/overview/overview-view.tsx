import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { Severity } from "@/generated/prisma/enums";
import { severityLabels } from "@/lib/borrowers/compliance-status-labels";
import { borrowerListQuery } from "@/lib/borrowers/list-params";
import { formatCount, formatPercent } from "@/lib/format-human";
import { type KpiKey, kpiTiles } from "@/lib/overview/kpi-tiles";
import { trendSeries } from "@/lib/overview/trend-series";
import { ruleTitle } from "@/lib/requirements/evaluate-rules";
import type { TrendPoint } from "@/lib/server/overview/get-status-trend";
import type { ViolationBreakdown } from "@/lib/server/overview/get-violation-breakdown";
import { ChartCard } from "./chart-card";
import { KpiTile } from "./kpi-tile";
import { StatusTrendChart, WeeklyViolationsChart } from "./lazy-charts";

const severities: Severity[] = ["CRITICAL", "HIGH", "MEDIUM", "LOW"];
const openViolationsHref = (query: Record<string, string>) =>
  `/violations?${new URLSearchParams({ status: "open", ...query })}`;

type Props = { counts: Record<KpiKey, number>; breakdown: ViolationBreakdown; trend: TrendPoint[] };

/** The portfolio at a glance. Every number links to the list of exactly the borrowers or violations it counts. */
export function OverviewView({ counts, breakdown, trend }: Props) {
  const mostByRule = breakdown.byRule[0]?.count ?? 0;
  return (
    <section className="space-y-6">
      <PageHeader title="Overview" description="Where the portfolio stands today, and how it got here." />
      <div className="grid grid-cols-2 gap-3 xl:grid-cols-4" data-testid="kpi-tiles">
        {kpiTiles.map((tile) => (
          <KpiTile
            key={tile.key}
            testId={`kpi-${tile.key}`}
            label={tile.label}
            value={
              tile.key === "compliant"
                ? formatPercent(counts.compliant, counts.monitored)
                : formatCount(counts[tile.key])
            }
            detail={tile.key === "compliant" ? `${formatCount(counts.compliant)} borrowers` : undefined}
            description={tile.description}
            tone={tile.tone}
            href={`/borrowers${borrowerListQuery({ filters: tile.filters })}`}
          />
        ))}
      </div>
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4" data-testid="severity-tiles">
        {severities.map((severity) => (
          <KpiTile
            key={severity}
            testId={`kpi-severity-${severity.toLowerCase()}`}
            label={`${severityLabels[severity].label} severity`}
            value={formatCount(breakdown.bySeverity[severity])}
            description="Open violations"
            tone={severityLabels[severity].tone}
            href={openViolationsHref({ severity })}
          />
        ))}
      </div>
      <div className="grid grid-cols-1 gap-4 xl:grid-cols-2">
        <ChartCard
          testId="trend-chart"
          title="Status over the last 90 days"
          description="Borrowers by compliance status, per day"
          chart={<StatusTrendChart points={trend} />}
          table={
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead>Day</TableHead>
                  {trendSeries.map((series) => (
                    <TableHead key={series.key} className="text-right">
                      {series.label}
                    </TableHead>
                  ))}
                </TableRow>
              </TableHeader>
              <TableBody>
                {trend.map((point) => (
                  <TableRow key={point.day}>
                    <TableCell>{point.day}</TableCell>
                    {trendSeries.map((series) => (
                      <TableCell key={series.key} className="num">
                        {formatCount(point[series.key])}
                      </TableCell>
                    ))}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          }
        />
        <ChartCard
          testId="weekly-chart"
          title="Violations opened and resolved"
          description="Per week, the last 12 weeks"
          chart={<WeeklyViolationsChart weeks={breakdown.weekly} />}
          table={
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead>Week of</TableHead>
                  <TableHead className="text-right">Opened</TableHead>
                  <TableHead className="text-right">Resolved</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {breakdown.weekly.map((week) => (
                  <TableRow key={week.weekStart}>
                    <TableCell>{week.weekStart}</TableCell>
                    <TableCell className="num">{formatCount(week.opened)}</TableCell>
                    <TableCell className="num">{formatCount(week.resolved)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          }
        />
      </div>
      <div
        className="rounded-lg border border-border bg-card p-4 shadow-card"
        data-testid="violations-by-rule"
      >
        <h2 className="text-heading">Open violations by rule</h2>
        {breakdown.byRule.length === 0 ? (
          <p className="mt-2 text-sm text-muted-foreground">No open violations.</p>
        ) : (
          <ul className="mt-3 space-y-2">
            {breakdown.byRule.map((row) => (
              <li key={row.ruleKey}>
                <Link
                  href={openViolationsHref({ rule: row.ruleKey })}
                  className="group grid grid-cols-[minmax(0,14rem)_1fr_auto] items-center gap-3 rounded-md text-sm outline-none focus-visible:ring-2 focus-visible:ring-ring"
                >
                  <span className="truncate group-hover:underline">{ruleTitle(row.ruleKey)}</span>
                  <span aria-hidden className="h-2 rounded-full bg-muted">
                    <span
                      className="block h-2 rounded-full bg-danger"
                      style={{ width: `${(row.count / mostByRule) * 100}%` }}
                    />
                  </span>
                  <span className="tabular-nums">{formatCount(row.count)}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
