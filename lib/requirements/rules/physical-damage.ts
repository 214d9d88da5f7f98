// Collision and comprehensive on the collateral vehicle, with a deductible no higher than the lender allows.
//
// Boundaries and missing data:
// - A deductible equal to the maximum passes; one dollar more fails.
// - A coverage with no `property` applies to every vehicle. No `deductible` key means no deductible ($0, a
//   pass); `deductible: null` means the carrier did not report it (unknown, said in those words).
// - No such coverage on the collateral: fail. The collateral vehicle not on the policy: unknown (the VIN rule
//   fails for it: one cause, one failure). No vehicle on the policy at all: unknown.
import { z } from "zod";
import { coverageFor, money, result, vehiclesToCheck } from "../policy-facts";
import { defineRule, type RuleResult } from "../types";

function physicalDamageRule(code: "COLL" | "COMP", key: string, name: string) {
  return defineRule({
    key,
    title: `${name[0]?.toUpperCase()}${name.slice(1)} on the collateral, deductible at most`,
    description: `${name[0]?.toUpperCase()}${name.slice(1)} coverage on every collateral vehicle, with a deductible no higher than the given amount.`,
    boundaries: `A deductible equal to the maximum passes. No ${name} coverage on the collateral fails. A deductible the carrier did not report is unknown, while a coverage with no deductible at all counts as $0. Unknown when the collateral vehicle is not on the policy (the VIN rule fails for that).`,
    inputSchema: z.object({ maxDeductible: z.number().int().min(0).default(1000) }),
    fields: [{ name: "maxDeductible", label: "Maximum deductible", kind: "money" }],
    evaluate({ policy, borrower }, { maxDeductible }): RuleResult {
      const required = `${name} with a deductible of at most ${money(maxDeductible)}`;
      const vehicles = vehiclesToCheck(policy, borrower.vehicles);
      if (vehicles.length === 0)
        return result(key, "unknown", "The policy lists no vehicle to check.", {
          required,
          found: "no vehicles",
        });
      const findings: RuleResult[] = vehicles.map(({ vin, property }) => {
        if (!property)
          return result(
            key,
            "unknown",
            `Not checked: the collateral vehicle ${vin} is not on this policy (see the VIN rule).`,
            { required, found: "collateral vehicle not on this policy", vin },
          );
        const coverage = coverageFor(policy, code, property.id);
        const vehicle = property.label || property.vin;
        if (!coverage)
          return result(key, "fail", `No ${name} coverage on the ${vehicle}.`, {
            required,
            found: `no ${code}`,
            vin: property.vin,
          });
        if (coverage.deductible === null)
          return result(
            key,
            "unknown",
            `The carrier did not report the ${name} deductible on the ${vehicle}.`,
            { required, found: "deductible not reported", vin: property.vin },
          );
        const deductible = coverage.deductible ?? 0;
        if (deductible > maxDeductible) {
          return result(
            key,
            "fail",
            `The ${name} deductible on the ${vehicle} is ${money(deductible)}, above the ${money(maxDeductible)} allowed.`,
            {
              required,
              found: `${money(deductible)} deductible`,
              vin: property.vin,
              deductible,
            },
          );
        }
        return result(
          key,
          "pass",
          `${name[0]?.toUpperCase()}${name.slice(1)} on the ${vehicle} with a ${money(deductible)} deductible.`,
          { required, found: `${money(deductible)} deductible`, vin: property.vin, deductible },
        );
      });
      // The worst vehicle decides.
      const order = ["fail", "unknown", "caution", "pass"];
      return findings.sort((a, b) => order.indexOf(a.outcome) - order.indexOf(b.outcome))[0] as RuleResult;
    },
  });
}

export const collisionDeductibleRule = physicalDamageRule("COLL", "collision-deductible", "collision");
export const comprehensiveDeductibleRule = physicalDamageRule(
  "COMP",
  "comprehensive-deductible",
  "comprehensive",
);
