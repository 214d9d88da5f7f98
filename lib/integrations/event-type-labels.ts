// Each event type in words, for the endpoint form's checkboxes and the delivery log.
import type { OutboundEventType } from "./event-types";

export const eventTypeLabels: Record<OutboundEventType, { label: string; description: string }> = {
  "violation.opened": { label: "Violation opened", description: "A rule fails or cautions." },
  "violation.resolved": { label: "Violation resolved", description: "A rule passes again, or is dropped." },
  "violation.waived": { label: "Violation waived", description: "An officer accepts the risk until a date." },
  "borrower.status_changed": {
    label: "Compliance status changed",
    description: "A borrower's status moves, with the reason.",
  },
  "policy.changed": { label: "Policy changed", description: "The carrier reports a change, field by field." },
  "connection.disconnected": { label: "Connection lost", description: "A carrier connection stops working." },
  "connection.descoped": { label: "Monitoring stopped", description: "An admin descopes a connection." },
  "borrower.connected": { label: "Borrower connected", description: "A borrower links a carrier account." },
};

/** A delivery's type in words: a known event's label, the test event, or the type itself. */
export function eventTypeLabel(type: string): string {
  if (type === "webhook.test") return "Test event";
  return eventTypeLabels[type as OutboundEventType]?.label ?? type;
}
