// Every collateral vehicle on the policy, by VIN.
//
// Boundaries and missing data:
// - pass: the same VIN after normalisation (case, spaces, dashes; O/I/Q read as 0/1/0).
// - caution: only the last 8 characters match, or the VIN matches but fails its check digit.
// - fail: a collateral vehicle is not on the policy. The vehicle-bound rules report unknown for it, so this is the
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
  description: "Every collateral vehicle appears on the policy with the same VIN.",
  boundaries:
    "The same VIN passes, whatever its case, spaces or dashes. Only the last 8 characters matching, or a VIN that fails its check digit, is a caution. A collateral vehicle missing from the policy fails here, once: the collision, comprehensive and lienholder rules then say unknown. Unknown when no collateral VIN is on file.",
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
    const findings: RuleResult[] = borrower.vehicles.map(({ vin }) => {
      const required = `VIN ${vin} on the policy`;
      const match = findVehicle(policy, vin);
      if (!match)
        return result(key, "fail", `The collateral vehicle ${vin} is not on the policy.`, {
          required,
          found: onPolicy,
        });
      if (match.comparison === "last-8") {
        return result(
          key,
          "caution",
          `Only the last 8 characters of ${vin} match the policy's ${match.vehicle.vin}.`,
          { required, found: match.vehicle.vin },
        );
      }
      if (!hasValidCheckDigit(match.vehicle.vin)) {
        return result(
          key,
          "caution",
          `The VIN ${match.vehicle.vin} matches but fails its check digit: one of them may be mistyped.`,
          { required, found: match.vehicle.vin },
        );
      }
      return result(
        key,
        "pass",
        `The ${match.vehicle.label || "vehicle"} (${match.vehicle.vin}) is on the policy.`,
        { required, found: match.vehicle.vin },
      );
    });
    const order = ["fail", "caution", "unknown", "pass"];
    return findings.sort((a, b) => order.indexOf(a.outcome) - order.indexOf(b.outcome))[0] as RuleResult;
  },
});
