import "server-only";
import { Counter, Histogram } from "prom-client";
import { axleEndpointLabel } from "@/lib/axle/endpoint-label";
import { defineMetric, metricsRegistry } from "./registry";

// Every HTTP attempt to Axle (a retried call counts each attempt), labelled by route template so neither ids nor
// tokens reach a label.

/** Axle's HTTP status, or why there was none. */
export type AxleStatusLabel = number | "timeout" | "unreachable";

const requests = defineMetric(
  "axle_requests_total",
  (name) =>
    new Counter({
      name,
      help: "HTTP requests to Axle, by route template and status (timeout or unreachable when none came back).",
      labelNames: ["endpoint", "status"] as const,
      registers: [metricsRegistry()],
    }),
);

const duration = defineMetric(
  "axle_request_seconds",
  (name) =>
    new Histogram({
      name,
      help: "Time to Axle's response headers (or the failure), by route template.",
      labelNames: ["endpoint"] as const,
      buckets: [0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15, 30],
      registers: [metricsRegistry()],
    }),
);

export const axleMetrics = {
  observe(path: string, status: AxleStatusLabel, seconds: number) {
    const endpoint = axleEndpointLabel(path);
    requests.inc({ endpoint, status: String(status) });
    duration.observe({ endpoint }, seconds);
  },
};
