// Every collateral vehicle is on one of the borrower's monitored policies. Judged once per borrower, over all
// of their policies: a borrower with two financed cars may insure them on two policies, and neither policy
// alone shows whether both are covered.
//
// Boundaries and missing data:
// - pass: each collateral VIN is on a monitored policy after normalisation (case, spaces, dashes, O/I/Q).
// - caution: a collateral vehicle is found only by the last 8 characters of its VIN.
// - fail: a collateral vehicle is on no monitored policy while another one is on a policy; the evidence names it
//   and where the others are.
// - unknown: no collateral VIN on file; no monitored policy yet (the connection rules speak to that); or none of
//   the collateral is on any policy: the VIN rule fails on each policy for that, once per cause.
import { z } from "zod";
import { findVehicle, result } from "../policy-facts";
import { defineBorrowerRule } from "../types";

const key = "collateral-covered";

export const collateralCoveredRule = defineBorrowerRule({
  key,
  title: "Every collateral vehicle covered",
  description:
    "Each collateral vehicle is on one of the borrower's monitored policies, for borrowers with several vehicles or loans.",
  boundaries:
    "Judged once for the borrower, over every monitored policy. Each collateral VIN on some policy passes; one found only by its last 8 characters is a caution; one on no policy, while another is on a policy, fails and is named. Unknown when no collateral VIN is on file, no policy is monitored yet, or none of the collateral is on any policy (the VIN rule fails for that).",
  inputSchema: z.object({}),
  fields: [],
  evaluate({ borrower, policies }) {
    const required = "every collateral VIN on a monitored policy";
    if (borrower.vehicles.length === 0)
      return result(key, "unknown", "No collateral vehicle is on file for this borrower.", {
        required,
        found: "no collateral on file",
      });
    if (policies.length === 0)
      return result(key, "unknown", "No monitored policy to check the collateral against yet.", {
        required,
        found: "no monitored policy",
      });

    const placed = borrower.vehicles.map(({ vin }) => {
      const matches = policies.flatMap((policy) => {
        const match = findVehicle(policy, vin);
        return match
          ? [{ policyNumber: policy.policyNumber ?? policy.id, comparison: match.comparison }]
          : [];
      });
      return { vin, where: matches.find((m) => m.comparison === "exact") ?? matches[0] };
    });
    const found = placed
      .map(({ vin, where }) => `${vin}: ${where ? `policy ${where.policyNumber}` : "on no policy"}`)
      .join("; ");
    const missing = placed.filter(({ where }) => !where).map(({ vin }) => vin);
    if (missing.length === placed.length)
      return result(
        key,
        "unknown",
        "None of the collateral is on the borrower's policies: see the VIN rule, which fails for that.",
        { required, found },
      );
    if (missing.length > 0) {
      const covered = placed.length - missing.length;
      return result(
        key,
        "fail",
        missing.length === 1
          ? `The collateral vehicle ${missing[0]} is on none of the borrower's policies (${covered} of ${placed.length} covered).`
          : `${missing.length} collateral vehicles are on none of the borrower's policies: ${missing.join(", ")}.`,
        { required, found },
      );
    }
    const partial = placed.filter(({ where }) => where?.comparison === "last-8").map(({ vin }) => vin);
    if (partial.length > 0)
      return result(
        key,
        "caution",
        `Only the last 8 characters of ${partial.join(", ")} match a vehicle on the borrower's policies.`,
        { required, found },
      );
    return result(
      key,
      "pass",
      placed.length === 1
        ? `The collateral vehicle is on policy ${placed[0]?.where?.policyNumber}.`
        : `All ${placed.length} collateral vehicles are on the borrower's policies.`,
      { required, found },
    );
  },
});
