import "server-only";
import { Counter, Gauge, Histogram } from "prom-client";
import { eventTypeLabel } from "@/lib/webhooks/event-type-label";
import { db } from "../db";
import { defineMetric, metricsRegistry } from "./registry";
import { scrapeRead } from "./scrape-read";

// The worker half of Axle's webhooks (process-webhook-event.ts): how long each event took and how it ended, the
// retries asked for, and how many events stand unfinished or dead in the event table.

/** How one processing attempt ended: the event's new status, or `retry` when it will be tried again. */
export type ProcessingOutcome = "processed" | "ignored" | "needs_review" | "failed" | "retry" | "dead";

const duration = defineMetric(
  "event_processing_seconds",
  (name) =>
    new Histogram({
      name,
      help: "Time to process one webhook event (the Axle calls and writes it caused), by type and outcome.",
      labelNames: ["type", "outcome"] as const,
      // An event is one or a few Axle calls: tens of milliseconds on a good day, up to the Axle timeout and its
      // retries on a bad one.
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
      registers: [metricsRegistry()],
    }),
);

const retries = defineMetric(
  "event_retries_total",
  (name) =>
    new Counter({
      name,
      help: "Processing attempts that failed in a way Axle may get over, so the event's job will run again.",
      labelNames: ["type"] as const,
      registers: [metricsRegistry()],
    }),
);

export const processingMetrics = {
  observe(type: string, outcome: ProcessingOutcome, seconds: number) {
    duration.observe({ type: eventTypeLabel(type), outcome }, seconds);
    if (outcome === "retry") retries.inc({ type: eventTypeLabel(type) });
  },
};

// Processed and ignored events are the bulk of the table and grow forever; the statuses counted here are the
// few that need a worker or a person, which the (status, receivedAt) index finds without reading the rest.
const watchedStatuses = ["RECEIVED", "PROCESSING", "FAILED", "DEAD", "NEEDS_REVIEW"] as const;

const readEventCounts = scrapeRead(
  "webhook_events",
  () => db.$queryRaw<{ status: string; events: number }[]>`
    SELECT status::text AS status, count(*)::int AS events
    FROM "WebhookEvent"
    WHERE status = ANY(${[...watchedStatuses]}::"WebhookEventStatus"[])
    GROUP BY status`,
);

defineMetric(
  "webhook_events",
  (name) =>
    new Gauge({
      name,
      help: "Webhook events waiting (received), in hand (processing), failed, dead (retries exhausted) or needing review.",
      labelNames: ["status"] as const,
      registers: [metricsRegistry()],
      async collect() {
        this.reset();
        const rows = await readEventCounts();
        if (!rows) return;
        const counts = new Map(rows.map((row) => [row.status, row.events]));
        for (const status of watchedStatuses)
          this.set({ status: status.toLowerCase() }, counts.get(status) ?? 0);
      },
    }),
);
