// The profile a new installation starts with, for borrowers without one of their own: what a typical auto
// lender asks of a financed vehicle's insurance. Admins edit it like any other profile.
import type { Severity } from "@/generated/prisma/enums";

export const defaultProfile = {
  name: "Auto loan, standard",
  description: "Applies to every borrower without a profile of their own.",
  rules: [
    { ruleKey: "policy-active", severity: "CRITICAL", input: {} },
    { ruleKey: "not-expiring", severity: "HIGH", input: { withinDays: 30 } },
    { ruleKey: "effective-now", severity: "HIGH", input: {} },
    { ruleKey: "bodily-injury-minimum", severity: "MEDIUM", input: { perPerson: 25000, perAccident: 50000 } },
    { ruleKey: "property-damage-minimum", severity: "MEDIUM", input: { perAccident: 25000 } },
    { ruleKey: "collision-deductible", severity: "HIGH", input: { maxDeductible: 1000 } },
    { ruleKey: "comprehensive-deductible", severity: "HIGH", input: { maxDeductible: 1000 } },
    { ruleKey: "lienholder-listed", severity: "HIGH", input: { lenderName: "" } },
    { ruleKey: "vin-match", severity: "HIGH", input: {} },
    { ruleKey: "collateral-covered", severity: "HIGH", input: {} },
    { ruleKey: "named-insured", severity: "MEDIUM", input: {} },
    { ruleKey: "data-fresh", severity: "LOW", input: { maxAgeDays: 3 } },
    { ruleKey: "account-connected", severity: "MEDIUM", input: {} },
    { ruleKey: "connected-within", severity: "MEDIUM", input: { withinDays: 14 } },
  ] satisfies { ruleKey: string; severity: Severity; input: Record<string, unknown> }[],
};
