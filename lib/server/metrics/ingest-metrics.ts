import "server-only";
import { Counter, Histogram } from "prom-client";
import { eventTypeLabel } from "@/lib/webhooks/event-type-label";
import { defineMetric, metricsRegistry } from "./registry";

// The receiving half of Axle's webhooks (the route stores the event and its job, then answers). Wired by the
// route and receive-webhook.ts; nothing here reads the request.

export type IngestOutcome = "stored" | "duplicate" | "unauthorized" | "bad_request" | "failed";

const received = defineMetric(
  "webhooks_received_total",
  (name) =>
    new Counter({
      name,
      help: "Webhook deliveries from Axle, by event type and what the route did with them.",
      labelNames: ["type", "outcome"] as const,
      registers: [metricsRegistry()],
    }),
);

const latency = defineMetric(
  "webhook_ingest_seconds",
  (name) =>
    new Histogram({
      name,
      help: "Time the webhook route takes for one request, from the secret check to the answer (body read, parsed, stored with its job in a batch).",
      // Axle waits for the answer: what matters is the milliseconds, up to the second where it would time out.
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
      registers: [metricsRegistry()],
    }),
);

const batchSize = defineMetric(
  "webhook_ingest_batch_size",
  (name) =>
    new Histogram({
      name,
      help: "Events stored per write when deliveries are grouped into one transaction.",
      buckets: [1, 2, 5, 10, 20, 50, 100, 200],
      registers: [metricsRegistry()],
    }),
);

export const ingestMetrics = {
  /** A delivery's outcome. Pass no type for a request refused before its body was trusted (401, 400). */
  received(type: string | null | undefined, outcome: IngestOutcome) {
    received.inc({ type: eventTypeLabel(type), outcome });
  },
  observeLatency(seconds: number) {
    latency.observe(seconds);
  },
  observeBatch(size: number) {
    batchSize.observe(size);
  },
};
