// A channel's threshold: the least severe violation it hears about.
import type { Severity } from "@/generated/prisma/enums";

/** Least severe first. */
export const severityScale = ["LOW", "MEDIUM", "HIGH", "CRITICAL"] as const satisfies readonly Severity[];

/** The severities a channel with this threshold hears about. */
export function severitiesReaching(threshold: Severity): Severity[] {
  return severityScale.slice(severityScale.indexOf(threshold));
}

/** The thresholds a violation of this severity reaches (the channels that hear about it). */
export function thresholdsReachedBy(severity: Severity): Severity[] {
  return severityScale.slice(0, severityScale.indexOf(severity) + 1);
}
