import "server-only";
import { Counter } from "prom-client";
import { defineMetric, metricsRegistry } from "./registry";

// Gauges that read the database do it in their collect(), at scrape time. A scrape collects every metric at once,
// so gauges fed by one query share a single read; and a failed read leaves those gauges empty for that scrape
// (counted here) rather than failing the whole scrape, whose process metrics are still worth having.

const collectErrors = defineMetric(
  "metrics_collect_errors_total",
  (name) =>
    new Counter({
      name,
      help: "Reads for a scrape that failed (the gauges they feed were left out of that scrape).",
      labelNames: ["source"] as const,
      registers: [metricsRegistry()],
    }),
);

/** How long one read serves the gauges of a scrape: well under any scrape interval. */
const shareForMs = 1000;

export function scrapeRead<T>(source: string, read: () => Promise<T>): () => Promise<T | null> {
  let last: { at: number; result: Promise<T | null> } | null = null;
  return () => {
    const now = Date.now();
    if (last && now - last.at < shareForMs) return last.result;
    const result = read().catch(() => {
      collectErrors.inc({ source });
      return null;
    });
    last = { at: now, result };
    return result;
  };
}
