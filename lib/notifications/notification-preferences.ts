// What each user asks Coverwatch to email them, in words and as a decision: who hears about which violation.
import { z } from "zod";
import type { NotificationScope, Severity } from "@/generated/prisma/enums";

export type NotificationPreferences = {
  /** Email at once about a new violation of this severity or worse; null: no immediate email. */
  immediateSeverity: Severity | null;
  scope: NotificationScope;
  dailyDigest: boolean;
};

/** What a user who never chose gets: nothing. Every email is opt-in. */
export const defaultNotificationPreferences: NotificationPreferences = {
  immediateSeverity: null,
  scope: "ALL",
  dailyDigest: false,
};

const severityRank: Record<Severity, number> = { LOW: 0, MEDIUM: 1, HIGH: 2, CRITICAL: 3 };

/** Whether a violation of `severity` reaches a threshold (never, when there is none). */
export function reachesThreshold(severity: Severity, threshold: Severity | null): boolean {
  return threshold !== null && severityRank[severity] >= severityRank[threshold];
}

/** The immediate email's choices, as the form offers them (`off`: none). */
export const immediateChoices = [
  { value: "off", label: "Off", phrase: "" },
  { value: "CRITICAL", label: "Critical only", phrase: "critical severity" },
  { value: "HIGH", label: "High or critical", phrase: "high or critical severity" },
  { value: "MEDIUM", label: "Medium, high or critical", phrase: "medium severity or worse" },
  { value: "LOW", label: "Every severity", phrase: "any severity" },
] as const satisfies { value: Severity | "off"; label: string; phrase: string }[];
type ImmediateChoice = (typeof immediateChoices)[number]["value"];

export const scopeChoices = [
  { value: "ALL", label: "Every borrower", phrase: "on every borrower" },
  { value: "ASSIGNED_TO_ME", label: "Only violations assigned to me", phrase: "assigned to you" },
] as const satisfies { value: NotificationScope; label: string; phrase: string }[];

const immediateValues = immediateChoices.map((choice) => choice.value) as [
  ImmediateChoice,
  ...ImmediateChoice[],
];

/** The settings form as submitted: a checkbox is absent when unticked. */
export const notificationPreferencesSchema = z
  .object({
    immediate: z.enum(immediateValues, "Choose when to be emailed about a new violation."),
    scope: z.enum(["ALL", "ASSIGNED_TO_ME"], "Choose which violations to be emailed about."),
    dailyDigest: z.literal("on").optional(),
  })
  .transform(
    (form): NotificationPreferences => ({
      immediateSeverity: form.immediate === "off" ? null : form.immediate,
      scope: form.scope,
      dailyDigest: form.dailyDigest === "on",
    }),
  );

/** The form's value for a stored threshold. */
export const immediateChoiceOf = (severity: Severity | null): ImmediateChoice => severity ?? "off";

/**
 * Whether a user's preferences ask for an email about a violation: its severity reaches their threshold, and
 * their scope is every borrower or the violation is assigned to them.
 */
export function wantsViolationEmail(
  preferences: Pick<NotificationPreferences, "immediateSeverity" | "scope">,
  violation: { severity: Severity; assigneeId: string | null },
  userId: string,
): boolean {
  if (!reachesThreshold(violation.severity, preferences.immediateSeverity)) return false;
  return preferences.scope === "ALL" || violation.assigneeId === userId;
}

/** "high or critical severity" and "on every borrower": which violations a user asked to hear about. */
export function describeImmediateChoice(
  preferences: Pick<NotificationPreferences, "immediateSeverity" | "scope">,
): { severity: string; scope: string } {
  const value = immediateChoiceOf(preferences.immediateSeverity);
  return {
    severity: immediateChoices.find((choice) => choice.value === value)?.phrase ?? "any severity",
    scope: scopeChoices.find((choice) => choice.value === preferences.scope)?.phrase ?? "on every borrower",
  };
}
