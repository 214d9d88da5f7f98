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

/**
 * A read shared by the gauges it feeds: a scrape collects every metric at once, so they all join the read in
 * flight; the next scrape reads afresh.
 */
export function scrapeRead<T>(source: string, read: () => Promise<T>): () => Promise<T | null> {
  let inFlight: Promise<T | null> | null = null;
  return () => {
    inFlight ??= read()
      .catch(() => {
        collectErrors.inc({ source });
        return null;
      })
      .finally(() => {
        inFlight = null;
      });
    return inFlight;
  };
}
