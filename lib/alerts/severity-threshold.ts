// A severity threshold (a Slack channel's, a user's immediate emails): the least severe violation that reaches it.
import type { Severity } from "@/generated/prisma/enums";

/** Least severe first. */
export const severityScale = ["LOW", "MEDIUM", "HIGH", "CRITICAL"] as const satisfies readonly Severity[];

/** The thresholds a violation of this severity reaches (the channels and users who hear about it). */
export function thresholdsReachedBy(severity: Severity): Severity[] {
  return severityScale.slice(0, severityScale.indexOf(severity) + 1);
}

const thresholdWords: Record<Severity, string> = {
  LOW: "Every violation",
  MEDIUM: "Medium and above",
  HIGH: "High and above",
  CRITICAL: "Critical only",
};

/** A threshold as the settings page says it: "High and above". */
export function thresholdLabel(threshold: Severity): string {
  return thresholdWords[threshold];
}
