// An email's delivery in words, the same on the outbox page, the record's Outreach tab and its timeline.
import type { EmailStatus } from "@/generated/prisma/enums";
import type { StatusTone } from "@/lib/borrowers/compliance-status-labels";

export const emailStatusLabels: Record<EmailStatus, { label: string; tone: StatusTone }> = {
  OUTBOX: { label: "In outbox", tone: "info" },
  SENT: { label: "Sent", tone: "success" },
  FAILED: { label: "Delivery failed", tone: "danger" },
};
