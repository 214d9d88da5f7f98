// "Policy active": what the carrier says of the policy, nothing more. Dates belong to the expiry and in-force
// rules, so a single missing or past date raises one violation there, not a second, critical one here.
//
// Boundaries and missing data:
// - pass: `isActive` is true; or a renewal term is in force today (carrier-active, started, not ended), which is
//   continuous coverage even when the current term has ended or is reported inactive.
// - fail: `isActive` is false (cancelled or lapsed).
// - caution: `isActive` is null: Axle documents it as "the policy may have been removed from the account".
// - unknown: `isActive` absent (a manual completion: no carrier was asked).
import { z } from "zod";
import { day, renewalInForce, result } from "../policy-facts";
import { defineRule } from "../types";

const key = "policy-active";
const required = "reported active by the carrier";

export const policyActiveRule = defineRule({
  key,
  title: "Policy active",
  description: "The carrier reports the policy active, or a renewal term that is in force today.",
  boundaries:
    "Reads only the carrier's active flag: true passes, false fails, null (the policy may have been removed) is a caution, and no flag at all (a manual upload) is unknown. A renewal the carrier reports active and whose dates cover today passes. Dates are for the expiry and in-force rules.",
  inputSchema: z.object({}),
  fields: [],
  evaluate({ policy, renewal, now }) {
    const continued = renewalInForce(renewal, now);
    if (continued)
      return result(
        key,
        "pass",
        `A renewal term is in force${continued.expirationDate ? ` until ${day(continued.expirationDate)}` : ""}.`,
        { required, found: "renewal term active and in force" },
      );
    // Absent after a manual completion: no carrier was asked (Axle's API reference).
    if (!("isActive" in policy) || policy.isActive === undefined)
      return result(key, "unknown", "The carrier did not report whether this policy is active.", {
        required,
        found: "no active flag",
      });
    if (policy.isActive === null)
      return result(
        key,
        "caution",
        "The carrier no longer reports this policy; it may have been removed from the account.",
        { required, found: "active flag is null" },
      );
    if (policy.isActive === false)
      return result(key, "fail", "The carrier reports this policy as not active (cancelled or lapsed).", {
        required,
        found: "inactive",
      });
    return result(key, "pass", "The carrier reports this policy active.", { required, found: "active" });
  },
});
