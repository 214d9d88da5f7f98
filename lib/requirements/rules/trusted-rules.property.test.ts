// Properties of the rules over generated policies (fast-check): listing the lender never makes the lienholder
// result worse, and a collateral vehicle missing from the policy is one failure, never several.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AxlePolicy } from "@/lib/axle/schemas";
import { evaluateRules } from "../evaluate-rules";
import { context, sandboxPolicy } from "../testing/sandbox-context";
import type { RuleOutcome } from "../types";

const mercedes = sandboxPolicy("mercedes-c300");
const collateralId = mercedes.properties[0]?.id ?? "";
const worseness: Record<RuleOutcome, number> = { pass: 0, caution: 1, unknown: 2, fail: 3 };

const lenders = [
  "Acme Auto Finance, LLC",
  "Wells Fargo Bank, N.A.",
  "Navy Federal Credit Union",
  "Ally Financial",
];
const printedNames = [
  ...lenders,
  "ACME AUTO FIN ISAOA",
  "ACME AUTO FINAN",
  "Wells Fargo Bk",
  "Navy FCU",
  "Ally Finl Inc ATIMA",
  "Bank of Nowhere",
  "Acme Insurance Agency",
  "",
];
const party = fc.record({
  type: fc.constantFrom("lienholder", "lessor", "interest", "additional-insured"),
  name: fc.constantFrom(...printedNames),
  property: fc.constantFrom(collateralId, undefined, "prop_elsewhere"),
});
const thirdParties = fc
  .array(party, { maxLength: 4 })
  .map((parties) => parties.map(({ property, ...rest }) => (property ? { ...rest, property } : rest)));
const deductible = fc.oneof(fc.constant(null), fc.constant(undefined), fc.integer({ min: 0, max: 3000 }));
const physicalDamage = fc.record({ COLL: fc.option(deductible), COMP: fc.option(deductible) });

/** The sandbox policy with these third parties, and collision/comprehensive changed (null option: removed). */
function policyWith(
  parties: object[],
  coverages: { COLL: unknown; COMP: unknown } = { COLL: 500, COMP: 500 },
) {
  return sandboxPolicy("mercedes-c300", {
    thirdParties: parties,
    coverages: mercedes.coverages.flatMap((coverage) => {
      if (coverage.code !== "COLL" && coverage.code !== "COMP") return [coverage];
      const change = coverages[coverage.code];
      if (change === null) return [];
      const { deductible: _dropped, ...rest } = coverage;
      return [change === undefined ? rest : { ...rest, deductible: change }];
    }),
  });
}

const lienholderOutcome = (policy: AxlePolicy, lenderName: string) =>
  evaluateRules(context(policy, { borrower: { ...context(policy).borrower, lenderName } }), [
    { ruleKey: "lienholder-listed", input: {} },
  ])[0]?.outcome ?? "unknown";

describe("rule properties", () => {
  it("adding the exact lender name as lienholder on the collateral never makes the lienholder result worse", () => {
    fc.assert(
      fc.property(thirdParties, fc.constantFrom(...lenders), (parties, lenderName) => {
        const before = lienholderOutcome(policyWith(parties), lenderName);
        const after = lienholderOutcome(
          policyWith([...parties, { type: "lienholder", name: lenderName, property: collateralId }]),
          lenderName,
        );
        expect(worseness[after]).toBeLessThanOrEqual(worseness[before]);
        expect(after).toBe("pass");
      }),
      { numRuns: 300 },
    );
  });

  it("a collateral vehicle missing from the policy gives at most one fail among the vehicle-bound rules", () => {
    const vehicleBound = [
      "vin-match",
      "collision-deductible",
      "comprehensive-deductible",
      "lienholder-listed",
    ];
    fc.assert(
      fc.property(
        thirdParties,
        physicalDamage,
        fc.constantFrom(...lenders),
        fc.constantFrom("1HGCM82633A004352", "JTDKN3DU0A0123456", "WBA00000000000000"),
        (parties, coverages, lenderName, missingVin) => {
          const policy = policyWith(parties, coverages);
          const results = evaluateRules(
            context(policy, {
              borrower: { ...context(policy).borrower, lenderName, vehicles: [{ vin: missingVin }] },
            }),
            vehicleBound.map((ruleKey) => ({ ruleKey, input: {} })),
          );
          expect(results.filter((result) => result.outcome === "fail")).toHaveLength(1);
          expect(results[0]).toMatchObject({ ruleKey: "vin-match", outcome: "fail" });
        },
      ),
      { numRuns: 300 },
    );
  });
});
