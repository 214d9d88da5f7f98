// Every rule, table-driven, over the twin's sandbox policies and the null-versus-absent cases.
import { describe, expect, it } from "vitest";
import { evaluateRules, overallOutcome } from "../evaluate-rules";
import { rulesByKey } from "../rule-catalog";
import { context, now, sandboxPolicy, vinOf } from "../testing/sandbox-context";
import type { RuleContext, RuleOutcome } from "../types";

type Case = {
  name: string;
  context: RuleContext;
  input?: Record<string, unknown>;
  outcome: RuleOutcome;
  found?: string | RegExp;
};

const mercedes = sandboxPolicy("mercedes-c300");
const withoutKey = (object: Record<string, unknown>, key: string) =>
  Object.fromEntries(Object.entries(object).filter(([k]) => k !== key));
const day = 24 * 60 * 60 * 1000;
const iso = (offsetDays: number) => new Date(now.getTime() + offsetDays * day).toISOString();
const coverageChange = (code: string, change: Record<string, unknown>) => ({
  coverages: mercedes.coverages.map((coverage) =>
    coverage.code === code ? { ...coverage, ...change } : coverage,
  ),
});

function run(ruleKey: string, cases: Case[]) {
  describe(ruleKey, () => {
    it.each(cases.map((entry) => [entry.name, entry] as const))("%s", (_name, entry) => {
      const [result] = evaluateRules(entry.context, [{ ruleKey, input: entry.input ?? {} }]);
      expect(result?.outcome).toBe(entry.outcome);
      expect(result?.message.length).toBeGreaterThan(10);
      if (entry.found instanceof RegExp) expect(result?.evidence.found).toMatch(entry.found);
      else if (entry.found) expect(result?.evidence.found).toBe(entry.found);
    });
  });
}

run("policy-active", [
  { name: "active, current term", context: context(mercedes), outcome: "pass", found: "active" },
  {
    name: "cancelled",
    context: context(sandboxPolicy("mercedes-c300", { isActive: false })),
    outcome: "fail",
    found: "inactive",
  },
  {
    name: "isActive null: maybe removed",
    context: context(sandboxPolicy("mercedes-c300", { isActive: null })),
    outcome: "caution",
  },
  {
    name: "isActive absent: manual completion",
    context: context({ ...withoutKey(mercedes, "isActive") } as typeof mercedes),
    outcome: "unknown",
  },
  // Dates are the expiry and in-force rules' business: one missing or past date, one violation (there).
  {
    name: "sandbox: missing expiration date, still active",
    context: context(sandboxPolicy("missing-expiration")),
    outcome: "pass",
    found: "active",
  },
  {
    name: "expired yesterday but reported active",
    context: context(sandboxPolicy("mercedes-c300", { expirationDate: iso(-1) })),
    outcome: "pass",
    found: "active",
  },
]);

run("policy-type", [
  { name: "the sandbox's auto policy", context: context(mercedes), outcome: "pass", found: "auto policy" },
  {
    name: "a home policy connected by mistake",
    context: context(sandboxPolicy("mercedes-c300", { type: "home" })),
    outcome: "fail",
    found: "home policy",
  },
  {
    name: "a lender that asks for a home policy, in any case",
    context: context(sandboxPolicy("mercedes-c300", { type: "home" })),
    input: { type: "Home" },
    outcome: "pass",
  },
]);

run("not-expiring", [
  { name: "three months left", context: context(mercedes), input: { withinDays: 30 }, outcome: "pass" },
  {
    name: "ten days left, no renewal",
    context: context(sandboxPolicy("mercedes-c300", { expirationDate: iso(10) })),
    input: { withinDays: 30 },
    outcome: "caution",
  },
  {
    name: "ten days left, renewal starting at expiry",
    context: context(sandboxPolicy("mercedes-c300", { expirationDate: iso(10) }), {
      renewal: sandboxPolicy("mercedes-c300", { effectiveDate: iso(10), expirationDate: iso(192) }),
    }),
    input: { withinDays: 30 },
    outcome: "pass",
    found: /^renewed/,
  },
  {
    name: "renewal that starts after a gap",
    context: context(sandboxPolicy("mercedes-c300", { expirationDate: iso(10) }), {
      renewal: sandboxPolicy("mercedes-c300", { effectiveDate: iso(15) }),
    }),
    input: { withinDays: 30 },
    outcome: "caution",
  },
  {
    name: "expired, no renewal",
    context: context(sandboxPolicy("mercedes-c300", { expirationDate: iso(-3) })),
    outcome: "fail",
  },
  {
    name: "sandbox: missing expiration date",
    context: context(sandboxPolicy("missing-expiration")),
    outcome: "caution",
  },
  {
    name: "default window is 30 days",
    context: context(sandboxPolicy("mercedes-c300", { expirationDate: iso(20) })),
    outcome: "caution",
  },
]);

run("effective-now", [
  { name: "started 90 days ago", context: context(mercedes), outcome: "pass" },
  {
    name: "early renewal starting next week",
    context: context(sandboxPolicy("mercedes-c300", { effectiveDate: iso(7) })),
    outcome: "fail",
  },
  {
    name: "no effective date",
    context: context(sandboxPolicy("mercedes-c300", { effectiveDate: null })),
    outcome: "caution",
  },
]);

run("bodily-injury-minimum", [
  {
    name: "100k/300k meets 50k/100k",
    context: context(mercedes),
    input: { perPerson: 50000, perAccident: 100000 },
    outcome: "pass",
    found: "$100,000 / $300,000",
  },
  {
    name: "sandbox: state minimum 25k/50k below 50k/100k",
    context: context(sandboxPolicy("state-minimum")),
    input: { perPerson: 50000, perAccident: 100000 },
    outcome: "fail",
    found: "$25,000 / $50,000",
  },
  {
    name: "sandbox: missing details has no BI",
    context: context(sandboxPolicy("missing-details")),
    input: { perPerson: 25000, perAccident: 50000 },
    outcome: "fail",
    found: "no BI coverage",
  },
  {
    name: "combined single limit 300k covers 100k/300k",
    context: context(
      sandboxPolicy(
        "mercedes-c300",
        coverageChange("BI", { limitPerPerson: undefined, limitPerAccident: 300000 }),
      ),
    ),
    input: { perPerson: 100000, perAccident: 300000 },
    outcome: "pass",
    found: "$300,000 combined single limit",
  },
  {
    name: "limit null: not reported",
    context: context(sandboxPolicy("mercedes-c300", coverageChange("BI", { limitPerPerson: null }))),
    input: { perPerson: 1, perAccident: 1 },
    outcome: "unknown",
  },
]);

run("property-damage-minimum", [
  { name: "100k meets 50k", context: context(mercedes), input: { perAccident: 50000 }, outcome: "pass" },
  {
    name: "sandbox: state minimum 25k below 50k",
    context: context(sandboxPolicy("state-minimum")),
    input: { perAccident: 50000 },
    outcome: "fail",
    found: "$25,000",
  },
  {
    name: "limit null",
    context: context(sandboxPolicy("mercedes-c300", coverageChange("PD", { limitPerAccident: null }))),
    input: { perAccident: 1 },
    outcome: "unknown",
  },
]);

run("uninsured-motorist-minimum", [
  {
    name: "UMBI 50k/100k meets 25k/50k",
    context: context(mercedes),
    input: { perPerson: 25000, perAccident: 50000 },
    outcome: "pass",
  },
  {
    name: "UMBI 50k/100k below 100k/300k",
    context: context(mercedes),
    input: { perPerson: 100000, perAccident: 300000 },
    outcome: "fail",
  },
  {
    name: "sandbox: state minimum has no UM",
    context: context(sandboxPolicy("state-minimum")),
    input: { perPerson: 25000, perAccident: 50000 },
    outcome: "fail",
  },
  {
    name: "combined UUIMBI counts",
    context: context(
      sandboxPolicy("state-minimum", {
        coverages: [
          {
            code: "UUIMBI",
            label: "Uninsured/Underinsured BI",
            limitPerPerson: 50000,
            limitPerAccident: 100000,
          },
        ],
      }),
    ),
    input: { perPerson: 25000, perAccident: 50000 },
    outcome: "pass",
  },
  {
    name: "underinsured only",
    context: context(
      sandboxPolicy("state-minimum", {
        coverages: [
          { code: "UIMBI", label: "Underinsured BI", limitPerPerson: 50000, limitPerAccident: 100000 },
        ],
      }),
    ),
    input: { perPerson: 25000, perAccident: 50000 },
    outcome: "caution",
  },
]);

run("collision-deductible", [
  {
    name: "$500 within $1,000",
    context: context(mercedes),
    input: { maxDeductible: 1000 },
    outcome: "pass",
    found: "$500 deductible",
  },
  {
    name: "$1,000 above $500",
    context: context(sandboxPolicy("mercedes-c300", coverageChange("COLL", { deductible: 1000 }))),
    input: { maxDeductible: 500 },
    outcome: "fail",
    found: "$1,000 deductible",
  },
  {
    name: "no deductible key: none",
    context: context(sandboxPolicy("mercedes-c300", coverageChange("COLL", { deductible: undefined }))),
    input: { maxDeductible: 500 },
    outcome: "pass",
  },
  {
    name: "deductible null: not reported",
    context: context(sandboxPolicy("mercedes-c300", coverageChange("COLL", { deductible: null }))),
    input: { maxDeductible: 500 },
    outcome: "unknown",
  },
  {
    name: "sandbox: state minimum has no collision",
    context: context(sandboxPolicy("state-minimum")),
    input: { maxDeductible: 1000 },
    outcome: "fail",
    found: "no COLL",
  },
  {
    name: "coverage without property applies to every vehicle",
    context: context(sandboxPolicy("mercedes-c300", coverageChange("COLL", { property: undefined }))),
    input: { maxDeductible: 1000 },
    outcome: "pass",
  },
  {
    name: "collateral not on the policy",
    context: context(mercedes, {
      borrower: {
        firstName: "Avery",
        lastName: "Quinn",
        lenderName: null,
        vehicles: [{ vin: "1HGCM82633A004352" }],
      },
    }),
    input: { maxDeductible: 1000 },
    // The VIN rule fails for it; this one does not fail a second time.
    outcome: "unknown",
    found: "collateral vehicle not on this policy",
  },
]);

run("comprehensive-deductible", [
  { name: "$500 within $500", context: context(mercedes), input: { maxDeductible: 500 }, outcome: "pass" },
  { name: "$500 above $250", context: context(mercedes), input: { maxDeductible: 250 }, outcome: "fail" },
]);

const lienholder = (name: string, type = "lienholder") =>
  sandboxPolicy("mercedes-c300", { thirdParties: [{ type, name }] });
run("lienholder-listed", [
  { name: "exact name", context: context(mercedes), outcome: "pass" },
  {
    name: "printed differently",
    context: context(lienholder("COVERWATCH DEMO LENDING, INC.")),
    outcome: "pass",
  },
  { name: "a near miss", context: context(lienholder("Coverwatch Demo Lendng LLC")), outcome: "caution" },
  {
    name: "right name as an unclassified interest",
    context: context(lienholder("Coverwatch Demo Lending", "interest")),
    outcome: "caution",
  },
  { name: "someone else", context: context(lienholder("Bank of Nowhere")), outcome: "fail" },
  {
    name: "sandbox: state minimum has no third party",
    context: context(sandboxPolicy("state-minimum")),
    outcome: "fail",
    found: "no third parties",
  },
  {
    name: "no lender name on file",
    context: context(mercedes, {
      borrower: { firstName: "A", lastName: "Q", lenderName: null, vehicles: [] },
    }),
    outcome: "unknown",
  },
  {
    name: "lender from the profile input",
    context: context(lienholder("Bank of Nowhere")),
    input: { lenderName: "Bank of Nowhere" },
    outcome: "pass",
  },
]);

const vin = vinOf(mercedes);
const withVin = (collateralVin: string) =>
  context(mercedes, {
    borrower: { firstName: "Avery", lastName: "Quinn", lenderName: null, vehicles: [{ vin: collateralVin }] },
  });
run("vin-match", [
  { name: "exact", context: withVin(vin), outcome: "pass" },
  {
    name: "lower case with dashes",
    context: withVin(`${vin.slice(0, 5).toLowerCase()}-${vin.slice(5)}`),
    outcome: "pass",
  },
  { name: "last 8 only", context: withVin(`1HGCM8263${vin.slice(9)}`), outcome: "caution" },
  { name: "different vehicle", context: withVin("1HGCM82633A004352"), outcome: "fail" },
  {
    name: "matches but fails its check digit",
    context: (() => {
      const bad = `${vin.slice(0, 8)}${vin[8] === "1" ? "2" : "1"}${vin.slice(9)}`;
      const policy = sandboxPolicy("mercedes-c300", {
        properties: [{ ...mercedes.properties[0], data: { ...mercedes.properties[0]?.data, vin: bad } }],
      });
      return context(policy, {
        borrower: { firstName: "A", lastName: "Q", lenderName: null, vehicles: [{ vin: bad }] },
      });
    })(),
    outcome: "caution",
  },
  {
    name: "no collateral on file",
    context: context(mercedes, {
      borrower: { firstName: "A", lastName: "Q", lenderName: null, vehicles: [] },
    }),
    outcome: "unknown",
  },
]);

const borrowerNamed = (firstName: string, lastName: string) =>
  context(mercedes, { borrower: { firstName, lastName, lenderName: null, vehicles: [] } });
run("named-insured", [
  { name: "same name", context: context(mercedes), outcome: "pass" },
  {
    name: "nickname",
    context: context(
      sandboxPolicy("mercedes-c300", { insureds: [{ firstName: "Robert", lastName: "Quinn" }] }),
      { borrower: { firstName: "Bob", lastName: "Quinn", lenderName: null, vehicles: [] } },
    ),
    outcome: "caution",
  },
  { name: "someone else", context: borrowerNamed("Jordan", "Rivera"), outcome: "fail" },
  {
    name: "sandbox: missing details has no insureds",
    context: context(sandboxPolicy("missing-details")),
    outcome: "unknown",
  },
]);

run("data-fresh", [
  {
    name: "refreshed today",
    context: context(sandboxPolicy("mercedes-c300", { refreshedAt: iso(-0.2) })),
    input: { maxAgeDays: 3 },
    outcome: "pass",
  },
  {
    name: "five days without refresh",
    context: context(sandboxPolicy("mercedes-c300", { refreshedAt: iso(-5) })),
    input: { maxAgeDays: 3 },
    outcome: "fail",
  },
]);

run("account-connected", [
  { name: "active", context: context(mercedes), outcome: "pass" },
  {
    name: "credentials expired",
    context: context(mercedes, { account: { connectionStatus: "credentials-expired" } }),
    outcome: "fail",
    found: "credentials-expired",
  },
  {
    name: "manual completion (inactive)",
    context: context(mercedes, { account: { connectionStatus: "inactive" } }),
    outcome: "caution",
  },
  { name: "no account yet", context: context(mercedes, { account: null }), outcome: "unknown" },
]);

describe("the rule set", () => {
  it("has a table above for every rule in the catalog", () => {
    const tested = [
      "policy-active",
      "policy-type",
      "not-expiring",
      "effective-now",
      "bodily-injury-minimum",
      "property-damage-minimum",
      "uninsured-motorist-minimum",
      "collision-deductible",
      "comprehensive-deductible",
      "lienholder-listed",
      "vin-match",
      "named-insured",
      "data-fresh",
      "account-connected",
      // About the borrower as a whole: their tables are in borrower-rules.test.ts.
      "collateral-covered",
      "connected-within",
    ];
    expect([...rulesByKey.keys()].sort()).toEqual([...tested].sort());
  });

  it("answers unknown for an unknown rule or bad settings, and the worst outcome wins", () => {
    const results = evaluateRules(context(mercedes), [
      { ruleKey: "policy-active", input: {} },
      { ruleKey: "no-such-rule", input: {} },
      { ruleKey: "collision-deductible", input: { maxDeductible: "lots" } },
    ]);
    expect(results.map((r) => r.outcome)).toEqual(["pass", "unknown", "unknown"]);
    expect(overallOutcome(results)).toBe("unknown");
    expect(
      overallOutcome([
        ...results,
        { ruleKey: "x", outcome: "fail", message: "", evidence: { required: "", found: "" } },
      ]),
    ).toBe("fail");
  });

  it("gives the same result for the same policy, profile and clock", () => {
    const rules = [...rulesByKey.keys()].map((ruleKey) => ({ ruleKey, input: {} }));
    expect(evaluateRules(context(mercedes), rules)).toEqual(evaluateRules(context(mercedes), rules));
  });
});
