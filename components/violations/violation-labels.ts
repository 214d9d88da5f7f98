// Violation statuses in words, with the tone each is shown in, and the status filter's choices.
import type { ViolationStatus } from "@/generated/prisma/enums";
import type { StatusTone } from "@/lib/borrowers/compliance-status-labels";
import type { ViolationStatusFilter } from "@/lib/violations/violation-list-params";

export const violationStatusLabels: Record<ViolationStatus, { label: string; tone: StatusTone }> = {
  OPEN: { label: "Open", tone: "danger" },
  ACKNOWLEDGED: { label: "Acknowledged", tone: "warning" },
  WAIVED: { label: "Waived", tone: "info" },
  RESOLVED: { label: "Resolved", tone: "success" },
};

/** The status filter in words; no status at all reads "Live (not resolved)". */
export const violationStatusFilterLabels: Record<ViolationStatusFilter, string> = {
  open: "Open or acknowledged",
  OPEN: "Open, not acknowledged",
  ACKNOWLEDGED: "Acknowledged",
  WAIVED: "Waived",
  RESOLVED: "Resolved",
};

/** "Open for at least" choices, in days. */
export const olderThanChoices = [7, 14, 30, 60, 90];
