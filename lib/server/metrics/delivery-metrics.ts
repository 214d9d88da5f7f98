import "server-only";
import { Counter } from "prom-client";
import { defineMetric, metricsRegistry } from "./registry";

// Attempts to post to a Slack channel or a lender's webhook endpoint (each retry counts). Which endpoint is left
// out of the labels: endpoints are the lenders' own URLs, and their delivery logs say which one failed.

const deliveries = defineMetric(
  "outbound_deliveries_total",
  (name) =>
    new Counter({
      name,
      help: "Attempts to deliver a Slack message or an outbound webhook, by channel and outcome.",
      labelNames: ["channel", "outcome"] as const,
      registers: [metricsRegistry()],
    }),
);

export const deliveryMetrics = {
  attempted(channel: "slack" | "webhook", outcome: { isSent: boolean }) {
    deliveries.inc({ channel, outcome: outcome.isSent ? "sent" : "failed" });
  },
};
