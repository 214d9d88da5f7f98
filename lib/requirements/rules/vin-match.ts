// Every collateral vehicle on the policy, by VIN: exact after normalisation passes; the last 8 characters
// alone, or a VIN with a bad check digit, is a caution.
import { z } from "zod";
import { hasValidCheckDigit } from "../normalize/vin";
import { findVehicle, result, vehicleProperties } from "../policy-facts";
import { defineRule, type RuleResult } from "../types";

const key = "vin-match";

export const vinMatchRule = defineRule({
  key,
  title: "Collateral vehicle on the policy",
  description: "Every collateral vehicle appears on the policy with the same VIN.",
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
