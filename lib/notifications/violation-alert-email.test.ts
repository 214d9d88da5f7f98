import { describe, expect, it } from "vitest";
import { violationAlertEmail } from "./violation-alert-email";

const violation = {
  ruleKey: "policy-active",
  severity: "CRITICAL" as const,
  outcome: "FAIL" as const,
  message: "The policy is not active.",
  firstSeenAt: new Date("2026-11-30T09:05:00Z"),
  borrower: { id: "b_1", firstName: "Casey", lastName: "Harness", loanReference: "LN-1A2B" },
};

describe("violationAlertEmail", () => {
  it("names severity, rule, borrower and loan in the subject, and links the borrower's record", () => {
    const { subject, text } = violationAlertEmail({
      violation,
      recipientName: "Olivia",
      preferences: { immediateSeverity: "HIGH", scope: "ALL" },
      appUrl: "https://coverwatch.example/",
    });
    expect(subject).toBe("New critical violation: Policy active - Casey Harness (loan LN-1A2B)");
    expect(text).toContain("A new violation opened for Casey Harness (loan LN-1A2B).");
    expect(text).toContain("Finding: The policy is not active.");
    expect(text).toContain("Opened: Nov 30, 2026, 09:05 UTC");
    expect(text).toContain("\nhttps://coverwatch.example/borrowers/b_1\n");
    expect(text).toContain(
      "your notification settings ask for new violations of high or critical severity, on every borrower.",
    );
    expect(text).toContain("https://coverwatch.example/settings/notifications");
  });

  it("says who assigned it and by when, for an assignment", () => {
    const { subject, text } = violationAlertEmail({
      violation: { ...violation, borrower: { ...violation.borrower, loanReference: null } },
      recipientName: "Olivia",
      preferences: { immediateSeverity: "CRITICAL", scope: "ASSIGNED_TO_ME" },
      appUrl: "https://coverwatch.example",
      assignment: { assignedBy: "Ada Admin", dueAt: new Date("2026-12-07T00:00:00Z") },
    });
    expect(subject).toBe("Assigned to you: Policy active (critical) - Casey Harness");
    expect(text).toContain("Ada Admin assigned you a violation of Casey Harness.");
    expect(text).toContain("Due: Dec 7, 2026");
    expect(text).toContain("ask for violations of critical severity assigned to you.");
  });
});
