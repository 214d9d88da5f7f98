// The policy carries the loan's collateral: at least one collateral vehicle is on it, by VIN. A borrower with
// several vehicles may insure them on several policies, so each policy is judged on the collateral it carries;
// whether every collateral vehicle is on some policy is the collateral-covered rule's question.
//
// Boundaries and missing data:
// - pass: a collateral vehicle has the same VIN after normalisation (case, spaces, dashes; O/I/Q read as 0/1/0).
// - caution: for a collateral vehicle on the policy, only the last 8 characters match, or the VIN matches but
//   fails its check digit.
// - fail: no collateral vehicle is on the policy. The vehicle-bound rules report unknown then, so this is the
//   one failure that cause raises.
// - unknown: no collateral VIN on file.
import { z } from "zod";
import { hasValidCheckDigit } from "../normalize/vin";
import { findVehicle, result, vehicleProperties } from "../policy-facts";
import { defineRule, type RuleResult } from "../types";

const key = "vin-match";

export const vinMatchRule = defineRule({
  key,
  title: "Collateral vehicle on the policy",
  description:
    "The policy carries the loan's collateral: a collateral vehicle appears on it with the same VIN.",
  boundaries:
    'The same VIN passes, whatever its case, spaces or dashes. Only the last 8 characters matching, or a VIN that fails its check digit, is a caution. A policy carrying none of the collateral fails here, once: the collision, comprehensive and lienholder rules then say unknown. With several collateral vehicles, each policy is judged on those it carries; add "Every collateral vehicle covered" to require all of them. Unknown when no collateral VIN is on file.',
  inputSchema: z.object({}),
  fields: [],
  evaluate({ policy, borrower }) {
    const onPolicy =
      vehicleProperties(policy)
        .map((vehicle) => vehicle.vin)
        .join(", ") || "no vehicles";
    if (borrower.vehicles.length === 0) {
      return result(key, "unknown", "No collateral vehicle is on file for this borrower.", {
        required: "collateral VINs on file",
        found: onPolicy,
      });
    }
    const carried = borrower.vehicles.flatMap(({ vin }) => {
      const match = findVehicle(policy, vin);
      return match ? [{ vin, ...match }] : [];
    });
    if (carried.length === 0) {
      const vins = borrower.vehicles.map(({ vin }) => vin).join(", ");
      return result(
        key,
        "fail",
        borrower.vehicles.length === 1
          ? `The collateral vehicle ${vins} is not on the policy.`
          : `None of the collateral vehicles (${vins}) is on the policy.`,
        { required: `VIN ${vins.replaceAll(", ", " or ")} on the policy`, found: onPolicy },
      );
    }
    const findings: RuleResult[] = carried.map(({ vin, vehicle, comparison }) => {
      const required = `VIN ${vin} on the policy`;
      if (comparison === "last-8") {
        return result(
          key,
          "caution",
          `Only the last 8 characters of ${vin} match the policy's ${vehicle.vin}.`,
          { required, found: vehicle.vin },
        );
      }
      if (!hasValidCheckDigit(vehicle.vin)) {
        return result(
          key,
          "caution",
          `The VIN ${vehicle.vin} matches but fails its check digit: one of them may be mistyped.`,
          { required, found: vehicle.vin },
        );
      }
      return result(key, "pass", `The ${vehicle.label || "vehicle"} (${vehicle.vin}) is on the policy.`, {
        required,
        found: vehicle.vin,
      });
    });
    const order = ["fail", "caution", "unknown", "pass"];
    return findings.sort((a, b) => order.indexOf(a.outcome) - order.indexOf(b.outcome))[0] as RuleResult;
  },
});
