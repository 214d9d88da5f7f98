// Webhook event statuses in words, with the tone each is shown in. Lower case: they read as part of a log line
// ("dead", "needs review"), and the pipeline's end-to-end tests read them so.
import type { WebhookEventStatus } from "@/generated/prisma/enums";
import type { StatusTone } from "@/lib/borrowers/compliance-status-labels";

export const eventStatusLabels: Record<WebhookEventStatus, { label: string; tone: StatusTone }> = {
  RECEIVED: { label: "received", tone: "info" },
  PROCESSING: { label: "processing", tone: "info" },
  PROCESSED: { label: "processed", tone: "success" },
  IGNORED: { label: "ignored", tone: "neutral" },
  NEEDS_REVIEW: { label: "needs review", tone: "warning" },
  FAILED: { label: "failed", tone: "danger" },
  DEAD: { label: "dead", tone: "danger" },
};
