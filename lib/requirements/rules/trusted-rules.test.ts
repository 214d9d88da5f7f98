// Rules a compliance officer can trust, table by table: lienholder names as carriers print them, renewals and
// terms, boundaries stated in each rule, and one cause raising one violation. Over the twin's sandbox policies.
import { describe, expect, it } from "vitest";
import type { AxlePolicy } from "@/lib/axle/schemas";
import { evaluateRules } from "../evaluate-rules";
import { ruleCatalog } from "../rule-catalog";
import { context, now, sandboxPolicy, vinOf } from "../testing/sandbox-context";
import type { RuleContext, RuleResult } from "../types";

const day = 24 * 60 * 60 * 1000;
const iso = (offsetDays: number) => new Date(now.getTime() + offsetDays * day).toISOString();
const mercedes = sandboxPolicy("mercedes-c300");
const collateralId = mercedes.properties[0]?.id ?? "";

function evaluate(
  ruleKey: string,
  ruleContext: RuleContext,
  input: Record<string, unknown> = {},
): RuleResult {
  const [result] = evaluateRules(ruleContext, [{ ruleKey, input }]);
  if (!result) throw new Error(`no result for ${ruleKey}`);
  return result;
}

const lender = "Acme Auto Finance, LLC";
const withLender = (policy: AxlePolicy, lenderName: string | null = lender) =>
  context(policy, { borrower: { ...context(policy).borrower, lenderName } });
const listing = (name: string, type = "lienholder", property: string | undefined = collateralId) =>
  sandboxPolicy("mercedes-c300", { thirdParties: [{ type, name, ...(property ? { property } : {}) }] });

describe("lienholder names as carriers print them, against “Acme Auto Finance, LLC”", () => {
  it.each([
    "ACME AUTO FINANCE LLC ISAOA/ATIMA",
    "Acme Auto Fin",
    "Acme Auto Financial",
    "The Acme Auto Finance, L.L.C.",
    "ACME AUTO FINC ITS SUCCESSORS AND/OR ASSIGNS AS THEIR INTERESTS MAY APPEAR",
    "Acme Auto Fncl ATIMA",
    "acme auto finance isaoa c/o Loss Payee Dept, PO Box 105205",
  ])("“%s” passes, naming the name found", (name) => {
    const result = evaluate("lienholder-listed", withLender(listing(name)));
    expect(result.outcome).toBe("pass");
    expect(result.evidence.nameFound).toBe(name);
    expect(result.evidence.matched).toBe(lender);
  });

  it.each([
    ["ACME AUTO FINAN", "cut short by the carrier"],
    ["ACME AUTO FINANCIAL SE", "does not match exactly"],
    ["Acme Auto Fiance", "does not match exactly"],
  ])("“%s” is a caution: %s", (name, words) => {
    const result = evaluate("lienholder-listed", withLender(listing(name)));
    expect(result.outcome).toBe("caution");
    expect(result.message).toContain(words);
    expect(result.evidence.nameFound).toBe(name);
  });

  it("the lender as another kind of interest is a caution that says so", () => {
    const result = evaluate("lienholder-listed", withLender(listing("Acme Auto Finance", "interest")));
    expect(result.outcome).toBe("caution");
    expect(result.message).toContain("(interest), not as lienholder");
  });

  it.each([
    ["another lender", listing("Ally Financial")],
    ["another Acme", listing("Acme Insurance Agency")],
    ["a bank of the same city", listing("Bank of Nowhere")],
    ["nobody at all", sandboxPolicy("state-minimum")],
  ])("%s fails", (_name, policy) => {
    expect(evaluate("lienholder-listed", withLender(policy)).outcome).toBe("fail");
  });

  it("an alias of the profile (servicer, DBA, payee) passes, and the evidence says which alias", () => {
    const aliases = "Acme Servicing Co; Acme Lockbox Payee\nAAF Leasing";
    const result = evaluate("lienholder-listed", withLender(listing("ACME SERVICING COMPANY ISAOA")), {
      aliases,
    });
    expect(result).toMatchObject({
      outcome: "pass",
      evidence: { nameFound: "ACME SERVICING COMPANY ISAOA", matched: "Acme Servicing Co" },
    });
    expect(result.message).toContain("alias Acme Servicing Co");
    expect(result.evidence.required).toContain("(or Acme Servicing Co, Acme Lockbox Payee, AAF Leasing)");
    expect(evaluate("lienholder-listed", withLender(listing("AAF LEASING")), { aliases }).outcome).toBe(
      "pass",
    );
    expect(evaluate("lienholder-listed", withLender(listing("AAF LEASING"))).outcome).toBe("fail");
  });
});

describe("renewals and terms", () => {
  const ended = sandboxPolicy("mercedes-c300", {
    effectiveDate: iso(-180),
    expirationDate: iso(-1),
    isActive: false,
  });
  const renewalFrom = (isActive: boolean | null) =>
    sandboxPolicy("mercedes-c300", { effectiveDate: iso(-1), expirationDate: iso(180), isActive });
  const termRules = ["policy-active", "not-expiring", "effective-now"];

  it("a current term that ended, with a renewal in force the carrier reports active, is continuous coverage", () => {
    const results = evaluateRules(
      context(ended, { renewal: renewalFrom(true) }),
      termRules.map((ruleKey) => ({ ruleKey, input: {} })),
    );
    expect(results.map((result) => [result.ruleKey, result.outcome])).toEqual(
      termRules.map((ruleKey) => [ruleKey, "pass"]),
    );
    // Every other rule on this policy, too: nothing fails or cautions because the term rolled over.
    const everything = evaluateRules(
      context(ended, { renewal: renewalFrom(true) }),
      ruleCatalog.map((rule) => ({ ruleKey: rule.key, input: {} })),
    );
    expect(everything.filter((result) => result.outcome === "fail" || result.outcome === "caution")).toEqual(
      [],
    );
  });

  it.each([null, false])(
    "a renewal the carrier reports %s is not continuing cover: a caution at best",
    (flag) => {
      const result = evaluate("not-expiring", context(ended, { renewal: renewalFrom(flag) }));
      expect(result.outcome).toBe("caution");
      expect(result.message).toMatch(/does not confirm it active|reports it not active/);
      expect(evaluate("policy-active", context(ended, { renewal: renewalFrom(flag) })).outcome).toBe("fail");
    },
  );

  it("a renewal confirmed active that starts when the term ends continues it before it starts", () => {
    const current = sandboxPolicy("mercedes-c300", { expirationDate: iso(10) });
    const renewal = sandboxPolicy("mercedes-c300", { effectiveDate: iso(10), expirationDate: iso(190) });
    expect(evaluate("not-expiring", context(current, { renewal }), { withinDays: 30 }).outcome).toBe("pass");
    const unconfirmed = { ...renewal, isActive: null };
    expect(
      evaluate("not-expiring", context(current, { renewal: unconfirmed }), { withinDays: 30 }).outcome,
    ).toBe("caution");
  });

  it("one missing expiration date raises one caution, and nothing critical", () => {
    const policy = sandboxPolicy("missing-expiration");
    const results = evaluateRules(context(policy), [
      { ruleKey: "policy-active", input: {} },
      { ruleKey: "not-expiring", input: {} },
    ]);
    expect(results.map((result) => result.outcome)).toEqual(["pass", "caution"]);
  });
});

describe("boundaries", () => {
  const expiringIn = (days: number, hourUtc = 0) => {
    const at = new Date(now.getTime() + days * day);
    at.setUTCHours(hourUtc, 0, 0, 0);
    return sandboxPolicy("mercedes-c300", { expirationDate: at.toISOString() });
  };

  it.each([
    [30, 0, "pass"],
    [30, 23, "pass"],
    [29, 23, "caution"],
    [31, 0, "pass"],
    [0, 23, "caution"],
  ] as const)("%i calendar days left (expiring at %i:00 UTC), 30 required: %s", (days, hour, outcome) => {
    expect(evaluate("not-expiring", context(expiringIn(days, hour)), { withinDays: 30 }).outcome).toBe(
      outcome,
    );
  });

  it.each([
    [3 * day, "pass"],
    [3 * day - 60_000, "pass"],
    [3 * day + 60_000, "fail"],
    [-60_000, "pass"],
  ] as const)("refreshed %i ms ago, 3 days allowed: %s", (ago, outcome) => {
    const policy = sandboxPolicy("mercedes-c300", {
      refreshedAt: new Date(now.getTime() - ago).toISOString(),
    });
    expect(evaluate("data-fresh", context(policy), { maxAgeDays: 3 }).outcome).toBe(outcome);
  });

  it("a deductible equal to the maximum passes, a dollar over fails; a limit equal to the minimum passes", () => {
    expect(evaluate("collision-deductible", context(mercedes), { maxDeductible: 500 }).outcome).toBe("pass");
    expect(evaluate("collision-deductible", context(mercedes), { maxDeductible: 499 }).outcome).toBe("fail");
    const bodilyInjury = mercedes.coverages.find((coverage) => coverage.code === "BI");
    const input = { perPerson: bodilyInjury?.limitPerPerson, perAccident: bodilyInjury?.limitPerAccident };
    expect(evaluate("bodily-injury-minimum", context(mercedes), input).outcome).toBe("pass");
    expect(
      evaluate("bodily-injury-minimum", context(mercedes), {
        ...input,
        perPerson: (input.perPerson ?? 0) + 1,
      }).outcome,
    ).toBe("fail");
  });

  it("every rule states its boundaries in words", () => {
    for (const rule of ruleCatalog) expect(rule.boundaries.length, rule.key).toBeGreaterThan(40);
  });
});

describe("one cause, one violation; messages that never say something false", () => {
  const vehicleBound = ["vin-match", "collision-deductible", "comprehensive-deductible", "lienholder-listed"];

  it("a collateral vehicle missing from the policy fails the VIN rule once; the others say unknown, and why", () => {
    const notOnPolicy = context(mercedes, {
      borrower: { ...context(mercedes).borrower, vehicles: [{ vin: "1HGCM82633A004352" }] },
    });
    const results = evaluateRules(
      notOnPolicy,
      vehicleBound.map((ruleKey) => ({ ruleKey, input: {} })),
    );
    expect(results.map((result) => result.outcome)).toEqual(["fail", "unknown", "unknown", "unknown"]);
    for (const result of results.slice(1))
      expect(result.evidence.found).toBe("collateral vehicle not on this policy");
  });

  it("a lienholder listed on another vehicle is said to be there, not missing", () => {
    const second = {
      id: "prop_second",
      type: "vehicle",
      data: { vin: "2T1BURHE0JC034461", year: 2018, make: "Toyota", model: "Corolla" },
    };
    const policy = sandboxPolicy("mercedes-c300", {
      properties: [...mercedes.properties, second],
      thirdParties: [{ type: "lienholder", name: "Acme Auto Finance", property: "prop_second" }],
    });
    const result = evaluate("lienholder-listed", withLender(policy));
    expect(result.outcome).toBe("caution");
    expect(result.message).toBe(
      "Acme Auto Finance, LLC is listed as lienholder on the 2018 Toyota Corolla, not on the collateral.",
    );
    expect(result.evidence.listedOn).toBe("2T1BURHE0JC034461");
  });

  it("a deductible reported null is “not reported”; a coverage with no deductible key has none", () => {
    const withDeductible = (deductible: number | null | undefined) =>
      sandboxPolicy("mercedes-c300", {
        coverages: mercedes.coverages.map((coverage) => {
          if (coverage.code !== "COLL") return coverage;
          const { deductible: _dropped, ...rest } = coverage;
          return deductible === undefined ? rest : { ...rest, deductible };
        }),
      });
    const notReported = evaluate("collision-deductible", context(withDeductible(null)));
    expect(notReported.outcome).toBe("unknown");
    expect(notReported.message).toContain("did not report the collision deductible");
    const none = evaluate("collision-deductible", context(withDeductible(undefined)));
    expect(none.outcome).toBe("pass");
    expect(none.evidence.found).toBe("$0 deductible");
  });

  it("the sandbox's collateral VIN is what the tables above assume", () => {
    expect(vinOf(mercedes)).toMatch(/^[A-HJ-NPR-Z0-9]{17}$/);
  });
});
