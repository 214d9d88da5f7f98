// Rules about the borrower as a whole, table by table: every collateral vehicle covered across several
// policies, and connected within N days of the invite. Plus what a borrower with two vehicles on two policies
// does to the per-policy rules: no false alarm on either policy.
import { describe, expect, it } from "vitest";
import type { AxlePolicy } from "@/lib/axle/schemas";
import { evaluateBorrowerRules, evaluateRules } from "../evaluate-rules";
import { context, now, sandboxPolicy, vinOf } from "../testing/sandbox-context";
import type { BorrowerRuleContext, RuleResult } from "../types";

const day = 24 * 60 * 60 * 1000;
const mercedes = sandboxPolicy("mercedes-c300");
const hyundai = sandboxPolicy("hyundai-sonata", { policyNumber: "HY-2" });
const mercedesVin = vinOf(mercedes);
const hyundaiVin = vinOf(hyundai);

function borrowerContext(overrides: Partial<BorrowerRuleContext> = {}): BorrowerRuleContext {
  return {
    borrower: { vehicles: [{ vin: mercedesVin }, { vin: hyundaiVin }] },
    policies: [mercedes, hyundai],
    invitedAt: new Date(now.getTime() - 20 * day),
    connectedAt: new Date(now.getTime() - 18 * day),
    now,
    ...overrides,
  };
}

function evaluate(ruleKey: string, ruleContext: BorrowerRuleContext, input: Record<string, unknown> = {}) {
  const [result] = evaluateBorrowerRules(ruleContext, [{ ruleKey, input }]);
  if (!result) throw new Error(`no result for ${ruleKey}`);
  return result;
}

const withVehicles = (vins: string[], policies: AxlePolicy[]) =>
  borrowerContext({ borrower: { vehicles: vins.map((vin) => ({ vin })) }, policies });

describe("every collateral vehicle covered", () => {
  it.each([
    { name: "two vehicles on two policies", ctx: borrowerContext(), message: /All 2 collateral vehicles/ },
    {
      name: "one vehicle, its VIN typed in lower case with dashes",
      ctx: withVehicles([`${mercedesVin.slice(0, 8)}-${mercedesVin.slice(8)}`.toLowerCase()], [mercedes]),
      message: new RegExp(`on policy ${mercedes.policyNumber}`),
    },
    {
      name: "both vehicles on one policy of two",
      ctx: withVehicles(
        [mercedesVin, hyundaiVin],
        [
          sandboxPolicy("mercedes-c300", { properties: [...mercedes.properties, ...hyundai.properties] }),
          hyundai,
        ],
      ),
      message: /All 2/,
    },
  ])("passes: $name", ({ ctx, message }) => {
    const result = evaluate("collateral-covered", ctx);
    expect(result.outcome).toBe("pass");
    expect(result.message).toMatch(message);
  });

  it.each([
    {
      name: "the second vehicle's policy is not connected",
      ctx: withVehicles([mercedesVin, hyundaiVin], [mercedes]),
      missing: [hyundaiVin],
    },
    {
      name: "a third vehicle financed later is on no policy",
      ctx: withVehicles([mercedesVin, hyundaiVin, "1HGCV1F30LA004512"], [mercedes, hyundai]),
      missing: ["1HGCV1F30LA004512"],
    },
  ])("fails, naming what is missing: $name", ({ ctx, missing }) => {
    const result = evaluate("collateral-covered", ctx);
    expect(result.outcome).toBe("fail");
    for (const vin of missing) expect(result.message).toContain(vin);
    expect(result.evidence.found).toContain(
      `${mercedesVin}: ${ctx.policies.includes(mercedes) ? "policy" : "on no policy"}`,
    );
  });

  it("is a caution when a vehicle is found only by the last 8 characters of its VIN", () => {
    const typo = `1XXXXXXXX${hyundaiVin.slice(-8)}`;
    const result = evaluate("collateral-covered", withVehicles([mercedesVin, typo], [mercedes, hyundai]));
    expect(result.outcome).toBe("caution");
    expect(result.message).toContain(typo);
  });

  it.each([
    {
      name: "none of the collateral on any policy (the VIN rule fails for that: one cause, one failure)",
      ctx: withVehicles([mercedesVin, hyundaiVin], [sandboxPolicy("state-minimum")]),
      message: /None of the collateral is on the borrower's policies/,
    },
    {
      name: "the only collateral vehicle missing from the only policy",
      ctx: withVehicles([hyundaiVin], [mercedes]),
      message: /see the VIN rule/,
    },
    { name: "no collateral on file", ctx: withVehicles([], [mercedes]), message: /No collateral vehicle/ },
    { name: "no monitored policy yet", ctx: withVehicles([mercedesVin], []), message: /No monitored policy/ },
  ])("is unknown with $name", ({ ctx, message }) => {
    const result = evaluate("collateral-covered", ctx);
    expect(result.outcome).toBe("unknown");
    expect(result.message).toMatch(message);
  });
});

describe("connected within N days of the invite", () => {
  const invited = (daysAgo: number, at = now) => new Date(at.getTime() - daysAgo * day);
  const waiting = (invitedAt: Date | null, at = now) =>
    borrowerContext({ invitedAt, connectedAt: null, policies: [], now: at });

  it.each([
    { name: "connected", ctx: borrowerContext(), message: /Connected on/ },
    {
      name: "connected after the deadline: the rule is about connecting, not when",
      ctx: borrowerContext({ invitedAt: invited(40), connectedAt: invited(10) }),
      message: /Connected on/,
    },
    { name: "invited today", ctx: waiting(invited(0)), message: /14 days left/ },
    { name: "exactly 14 days after the invite", ctx: waiting(invited(14)), message: /0 days left/ },
    {
      name: "invited late on day 0, checked early on day 14",
      ctx: waiting(new Date("2026-11-14T23:59:00Z"), new Date("2026-11-28T00:01:00Z")),
      message: /0 days left/,
    },
  ])("passes: $name", ({ ctx, message }) => {
    const result = evaluate("connected-within", ctx, { withinDays: 14 });
    expect(result.outcome).toBe("pass");
    expect(result.message).toMatch(message);
  });

  it.each([
    { daysAgo: 15, withinDays: 14 },
    { daysAgo: 4, withinDays: 3 },
    { daysAgo: 1, withinDays: 0 },
  ])("fails $daysAgo days after the invite when $withinDays are allowed", ({ daysAgo, withinDays }) => {
    const result = evaluate("connected-within", waiting(invited(daysAgo)), { withinDays });
    expect(result.outcome).toBe("fail");
    expect(result.message).toBe(
      `Not connected ${daysAgo} day${daysAgo === 1 ? "" : "s"} after the invite of ${invited(daysAgo).toISOString().slice(0, 10)}; ${withinDays} day${withinDays === 1 ? "" : "s"} are allowed.`,
    );
  });

  it("is unknown until the borrower has been invited", () => {
    const result = evaluate("connected-within", waiting(null));
    expect(result.outcome).toBe("unknown");
    expect(result.message).toMatch(/Not invited yet/);
  });

  it("defaults to 14 days when the profile gives none", () => {
    expect(evaluate("connected-within", waiting(invited(14))).outcome).toBe("pass");
    expect(evaluate("connected-within", waiting(invited(15))).outcome).toBe("fail");
  });
});

describe("a borrower with two vehicles on two policies", () => {
  const collateral = [{ vin: mercedesVin }, { vin: hyundaiVin }];
  const vehicleBound = ["vin-match", "collision-deductible", "comprehensive-deductible", "lienholder-listed"];
  const judge = (policy: AxlePolicy): RuleResult[] =>
    evaluateRules(
      context(policy, { borrower: { ...context(policy).borrower, vehicles: collateral } }),
      vehicleBound.map((ruleKey) => ({ ruleKey, input: { maxDeductible: 5000 } })),
    );

  it.each([
    ["the Mercedes policy", mercedes],
    ["the Hyundai policy", hyundai],
  ])("raises no failure or unknown on %s for the vehicle the other policy carries", (_name, policy) => {
    const results = judge(policy);
    expect(results.find((r) => r.ruleKey === "vin-match")?.outcome).toBe("pass");
    for (const result of results) {
      expect(result.message, result.ruleKey).not.toMatch(/not on (this|the) policy/);
    }
  });

  it("a policy carrying neither fails the VIN rule once and leaves the vehicle-bound rules unknown", () => {
    const results = judge(sandboxPolicy("state-minimum"));
    expect(results.filter((r) => r.outcome === "fail").map((r) => r.ruleKey)).toEqual(["vin-match"]);
    expect(results.find((r) => r.ruleKey === "vin-match")?.message).toContain(
      `None of the collateral vehicles (${mercedesVin}, ${hyundaiVin})`,
    );
    for (const key of vehicleBound.slice(1))
      expect(results.find((r) => r.ruleKey === key)?.outcome, key).toBe("unknown");
  });
});

describe("each rule runs where it belongs", () => {
  const rules = [
    { ruleKey: "vin-match", input: {} },
    { ruleKey: "collateral-covered", input: {} },
    { ruleKey: "connected-within", input: { withinDays: 14 } },
  ];
  it("a policy's evaluation leaves the borrower's rules out, and the borrower's leaves the policy's", () => {
    expect(evaluateRules(context(mercedes), rules).map((r) => r.ruleKey)).toEqual(["vin-match"]);
    expect(evaluateBorrowerRules(borrowerContext(), rules).map((r) => r.ruleKey)).toEqual([
      "collateral-covered",
      "connected-within",
    ]);
  });
});
