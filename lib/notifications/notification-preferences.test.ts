import { describe, expect, it } from "vitest";
import type { Severity } from "@/generated/prisma/enums";
import {
  notificationPreferencesSchema,
  reachesThreshold,
  wantsViolationEmail,
} from "./notification-preferences";

describe("reachesThreshold", () => {
  it.each<[Severity, Severity | null, boolean]>([
    ["CRITICAL", "CRITICAL", true],
    ["HIGH", "CRITICAL", false],
    ["HIGH", "HIGH", true],
    ["CRITICAL", "MEDIUM", true],
    ["LOW", "MEDIUM", false],
    ["LOW", "LOW", true],
    ["CRITICAL", null, false],
  ])("a %s violation against a threshold of %s: %s", (severity, threshold, expected) => {
    expect(reachesThreshold(severity, threshold)).toBe(expected);
  });
});

describe("wantsViolationEmail", () => {
  const me = "user-me";
  it.each([
    { scope: "ALL", assigneeId: null, expected: true },
    { scope: "ALL", assigneeId: "someone-else", expected: true },
    { scope: "ASSIGNED_TO_ME", assigneeId: null, expected: false },
    { scope: "ASSIGNED_TO_ME", assigneeId: "someone-else", expected: false },
    { scope: "ASSIGNED_TO_ME", assigneeId: me, expected: true },
  ] as const)("scope $scope, assignee $assigneeId: $expected", ({ scope, assigneeId, expected }) => {
    expect(
      wantsViolationEmail({ immediateSeverity: "HIGH", scope }, { severity: "HIGH", assigneeId }, me),
    ).toBe(expected);
  });

  it("never, below the threshold or with immediate emails off, whoever the assignee", () => {
    const violation = { severity: "MEDIUM" as const, assigneeId: me };
    expect(wantsViolationEmail({ immediateSeverity: "HIGH", scope: "ALL" }, violation, me)).toBe(false);
    expect(wantsViolationEmail({ immediateSeverity: null, scope: "ASSIGNED_TO_ME" }, violation, me)).toBe(
      false,
    );
  });
});

describe("notificationPreferencesSchema", () => {
  it("reads the form: a threshold or off, a scope, and the digest's checkbox present only when ticked", () => {
    expect(
      notificationPreferencesSchema.parse({ immediate: "HIGH", scope: "ASSIGNED_TO_ME", dailyDigest: "on" }),
    ).toEqual({ immediateSeverity: "HIGH", scope: "ASSIGNED_TO_ME", dailyDigest: true });
    expect(notificationPreferencesSchema.parse({ immediate: "off", scope: "ALL" })).toEqual({
      immediateSeverity: null,
      scope: "ALL",
      dailyDigest: false,
    });
  });

  it("refuses values the form never offers, naming the field", () => {
    const result = notificationPreferencesSchema.safeParse({ immediate: "URGENT", scope: "EVERYONE" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([
      ["immediate", "Choose when to be emailed about a new violation."],
      ["scope", "Choose which violations to be emailed about."],
    ]);
  });
});
