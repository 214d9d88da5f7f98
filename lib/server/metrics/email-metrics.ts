import "server-only";
import { Counter } from "prom-client";
import { defineMetric, metricsRegistry } from "./registry";

// Emails handed to the SMTP server (send-email.ts). Without SMTP_URL nothing is sent and nothing is counted.

const emails = defineMetric(
  "emails_total",
  (name) =>
    new Counter({
      name,
      help: "Emails the SMTP server accepted (sent) or refused or never answered for (failed).",
      labelNames: ["outcome"] as const,
      registers: [metricsRegistry()],
    }),
);

export const emailMetrics = {
  sent(outcome: "sent" | "failed") {
    emails.inc({ outcome });
  },
};
