import "server-only";
import { Gauge } from "prom-client";
import { monitoredStatuses, statusParams } from "@/lib/borrowers/list-params";
import { db } from "../db";
import { defineMetric, metricsRegistry } from "./registry";
import { scrapeRead } from "./scrape-read";

// The portfolio as the `portfolio-metrics` job last counted it (refresh-portfolio-metrics.ts). Status labels are
// the words the borrower list's URL uses (`at-risk`, `non-compliant`).

const readCounts = scrapeRead("portfolio", () =>
  db.portfolioStatusCount.findMany({
    select: { status: true, borrowers: true, staleBorrowers: true, measuredAt: true },
  }),
);

const statusLabels = new Map(
  Object.entries(statusParams).map(([label, status]) => [status as string, label]),
);
const monitored = new Set<string>(monitoredStatuses.map((label) => statusParams[label]));

defineMetric(
  "borrowers",
  (name) =>
    new Gauge({
      name,
      help: "Borrowers by compliance status (counted every minute).",
      labelNames: ["status"] as const,
      registers: [metricsRegistry()],
      async collect() {
        this.reset();
        for (const row of (await readCounts()) ?? [])
          this.set({ status: statusLabels.get(row.status) ?? row.status }, row.borrowers);
      },
    }),
);

defineMetric(
  "portfolio_stale_borrowers",
  (name) =>
    new Gauge({
      name,
      help: "Borrowers whose data is older than FRESHNESS_STALE_HOURS, by compliance status (counted every minute).",
      labelNames: ["status"] as const,
      registers: [metricsRegistry()],
      async collect() {
        this.reset();
        for (const row of (await readCounts()) ?? [])
          this.set({ status: statusLabels.get(row.status) ?? row.status }, row.staleBorrowers);
      },
    }),
);

defineMetric(
  "portfolio_stale_share",
  (name) =>
    new Gauge({
      name,
      // Over the monitored borrowers only: one never connected, or descoped, has no data to go stale.
      help: "Share (0..1) of monitored borrowers whose data is stale (0 with no monitored borrower).",
      registers: [metricsRegistry()],
      async collect() {
        this.reset();
        const rows = await readCounts();
        if (!rows) return;
        const counted = rows.filter((row) => monitored.has(row.status));
        const total = counted.reduce((sum, row) => sum + row.borrowers, 0);
        const stale = counted.reduce((sum, row) => sum + row.staleBorrowers, 0);
        this.set(total === 0 ? 0 : stale / total);
      },
    }),
);

defineMetric(
  "portfolio_measured_timestamp_seconds",
  (name) =>
    new Gauge({
      name,
      help: "When the portfolio was last counted (Unix seconds): far behind time() means the job is not running.",
      registers: [metricsRegistry()],
      async collect() {
        this.reset();
        const measuredAt = (await readCounts())?.[0]?.measuredAt;
        if (measuredAt) this.set(measuredAt.getTime() / 1000);
      },
    }),
);
