import { describe, expect, it } from "vitest";
import { profileInputFromForm } from "./profile-form";
import { profileInputSchema } from "./profile-input";

function form(entries: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.set(key, value);
  return data;
}

describe("the profile form", () => {
  it("turns the checked rules and their inputs into a valid profile", () => {
    const input = profileInputFromForm(
      form({
        name: "Lease",
        "rule.collision-deductible.enabled": "on",
        "rule.collision-deductible.severity": "CRITICAL",
        "rule.collision-deductible.maxDeductible": "$500",
        "rule.bodily-injury-minimum.severity": "LOW",
        "rule.lienholder-listed.enabled": "on",
        "rule.lienholder-listed.severity": "HIGH",
        "rule.lienholder-listed.lenderName": "Acme Leasing",
        reminderDays: "3, 10",
        chaseDays: "2, 5",
      }),
    );
    expect(profileInputSchema.parse(input)).toEqual({
      name: "Lease",
      rules: [
        { ruleKey: "collision-deductible", severity: "CRITICAL", input: { maxDeductible: 500 } },
        {
          ruleKey: "lienholder-listed",
          severity: "HIGH",
          input: { lenderName: "Acme Leasing", aliases: "" },
        },
      ],
      reminderDays: [3, 10],
      chaseDays: [2, 5],
      autoOutreach: false,
    });
  });

  it("refuses a profile without rules, or with a setting that is not a number", () => {
    expect(profileInputSchema.safeParse(profileInputFromForm(form({ name: "Empty" }))).success).toBe(false);
    const bad = profileInputSchema.safeParse(
      profileInputFromForm(
        form({
          name: "Bad",
          "rule.collision-deductible.enabled": "on",
          "rule.collision-deductible.severity": "HIGH",
          "rule.collision-deductible.maxDeductible": "lots",
        }),
      ),
    );
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toContain("Collision on the collateral");
  });
});
