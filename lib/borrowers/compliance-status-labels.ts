// Statuses, severities and connection states in words, with the tone each is shown in. One table, so the
// list, the record, the overview and the exports never word the same status two ways.
import type { ComplianceStatus, ConnectionState, Severity } from "@/generated/prisma/enums";

export type StatusTone = "success" | "warning" | "danger" | "info" | "neutral";

export const complianceStatusLabels: Record<ComplianceStatus, { label: string; tone: StatusTone }> = {
  NON_COMPLIANT: { label: "Non-compliant", tone: "danger" },
  DISCONNECTED: { label: "Disconnected", tone: "danger" },
  AT_RISK: { label: "At risk", tone: "warning" },
  NOT_CONNECTED: { label: "Not connected", tone: "info" },
  COMPLIANT: { label: "Compliant", tone: "success" },
  NOT_MONITORED: { label: "Not monitored", tone: "neutral" },
};

export const severityLabels: Record<Severity, { label: string; tone: StatusTone }> = {
  CRITICAL: { label: "Critical", tone: "danger" },
  HIGH: { label: "High", tone: "danger" },
  MEDIUM: { label: "Medium", tone: "warning" },
  LOW: { label: "Low", tone: "info" },
};

export const connectionStateLabels: Record<ConnectionState, string> = {
  CONNECTED: "Connected",
  DISCONNECTED: "Disconnected",
  NEVER_CONNECTED: "Never connected",
  DESCOPED: "Descoped",
};
