// A Slack delivery's state in words, with its tone: the same in the channel list and the delivery log.
import type { SlackDeliveryStatus } from "@/generated/prisma/enums";
import type { StatusTone } from "@/lib/borrowers/compliance-status-labels";

/** A pending delivery is waiting for its first attempt, or retrying after a failed one. */
export function deliveryStatusLabel(delivery: { status: SlackDeliveryStatus; attempts: number }): {
  label: string;
  tone: StatusTone;
} {
  switch (delivery.status) {
    case "PENDING":
      return delivery.attempts === 0
        ? { label: "Waiting", tone: "info" }
        : { label: "Retrying", tone: "warning" };
    case "SENT":
      return { label: "Sent", tone: "success" };
    case "FAILED":
      return { label: "Failed", tone: "danger" };
    case "SKIPPED":
      return { label: "Not sent", tone: "neutral" };
  }
}
