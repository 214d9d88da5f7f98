// The words of an email to a user about one violation: it opened, or someone assigned it to them.
import type { RuleOutcome, Severity } from "@/generated/prisma/enums";
import { severityLabels } from "@/lib/borrowers/compliance-status-labels";
import { formatDate, formatDateTime } from "@/lib/format-human";
import { ruleTitle } from "@/lib/requirements/evaluate-rules";
import { describeImmediateChoice, type NotificationPreferences } from "./notification-preferences";

export type AlertedViolation = {
  ruleKey: string;
  severity: Severity;
  outcome: RuleOutcome;
  message: string;
  firstSeenAt: Date;
  borrower: { id: string; firstName: string; lastName: string; loanReference: string | null };
};

type AlertEmailInput = {
  violation: AlertedViolation;
  recipientName: string;
  preferences: Pick<NotificationPreferences, "immediateSeverity" | "scope">;
  appUrl: string;
  /** For an assignment: who assigned it, and the due date if there is one. */
  assignment?: { assignedBy: string; dueAt: Date | null };
};

const outcomeWords: Record<RuleOutcome, string> = {
  FAIL: "Fails the requirement",
  CAUTION: "Needs attention",
  PASS: "Passes",
  UNKNOWN: "Could not be checked",
};

/** "Casey Harness (loan LN-1A2B)": whom the violation is about, as a compliance officer looks them up. */
export function borrowerLabel(borrower: AlertedViolation["borrower"]): string {
  const name = `${borrower.firstName} ${borrower.lastName}`.trim();
  return borrower.loanReference ? `${name} (loan ${borrower.loanReference})` : name;
}

/** A link into the app; `APP_URL` may or may not end with a slash. */
export const appLink = (appUrl: string, path: string) => `${appUrl.replace(/\/+$/, "")}${path}`;

function whatWasAskedFor(preferences: AlertEmailInput["preferences"], isAssignment: boolean): string {
  const { severity, scope } = describeImmediateChoice(preferences);
  return isAssignment
    ? `violations of ${severity} assigned to you`
    : `new violations of ${severity}, ${scope}`;
}

export function violationAlertEmail({
  violation,
  recipientName,
  preferences,
  appUrl,
  assignment,
}: AlertEmailInput) {
  const severity = severityLabels[violation.severity].label;
  const rule = ruleTitle(violation.ruleKey);
  const borrower = borrowerLabel(violation.borrower);
  const subject = assignment
    ? `Assigned to you: ${rule} (${severity.toLowerCase()}) - ${borrower}`
    : `New ${severity.toLowerCase()} violation: ${rule} - ${borrower}`;
  const lines = [
    `Hello ${recipientName},`,
    "",
    assignment
      ? `${assignment.assignedBy} assigned you a violation of ${borrower}.`
      : `A new violation opened for ${borrower}.`,
    "",
    `Rule: ${rule}`,
    `Severity: ${severity}`,
    `Result: ${outcomeWords[violation.outcome]}`,
    `Finding: ${violation.message}`,
    `Opened: ${formatDateTime(violation.firstSeenAt)}`,
    ...(assignment?.dueAt ? [`Due: ${formatDate(assignment.dueAt)}`] : []),
    "",
    "The borrower's record:",
    appLink(appUrl, `/borrowers/${violation.borrower.id}`),
    "",
    `You receive this because your notification settings ask for ${whatWasAskedFor(preferences, Boolean(assignment))}.`,
    `Change them at ${appLink(appUrl, "/settings/notifications")}`,
  ];
  return { subject, text: lines.join("\n") };
}
