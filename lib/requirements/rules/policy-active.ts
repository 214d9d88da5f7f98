// "Policy active and not expired": the carrier's active flag, and the current term's expiration date.
import { z } from "zod";
import { day, result } from "../policy-facts";
import { defineRule } from "../types";

const key = "policy-active";
const required = "active, with an expiration date in the future";

export const policyActiveRule = defineRule({
  key,
  title: "Policy active and not expired",
  description: "The carrier reports the policy active and its current term has not ended.",
  inputSchema: z.object({}),
  fields: [],
  evaluate({ policy, now }) {
    // Absent after a manual completion: no carrier was asked (Axle's API reference).
    if (!("isActive" in policy) || policy.isActive === undefined) {
      return result(key, "unknown", "The carrier did not report whether this policy is active.", {
        required,
        found: "no active flag",
      });
    }
    if (policy.isActive === null) {
      return result(
        key,
        "caution",
        "The carrier no longer reports this policy; it may have been removed from the account.",
        {
          required,
          found: "active flag is null",
        },
      );
    }
    if (policy.isActive === false) {
      return result(key, "fail", "The carrier reports this policy as not active (cancelled or lapsed).", {
        required,
        found: "inactive",
      });
    }
    if (policy.expirationDate === null) {
      return result(key, "caution", "The policy is active but has no expiration date on file.", {
        required,
        found: "active, no expiration date",
      });
    }
    const expiresAt = new Date(policy.expirationDate);
    if (expiresAt.getTime() <= now.getTime()) {
      return result(key, "fail", `The policy expired on ${day(expiresAt)}.`, {
        required,
        found: `expired ${day(expiresAt)}`,
      });
    }
    return result(key, "pass", `The policy is active until ${day(expiresAt)}.`, {
      required,
      found: `active until ${day(expiresAt)}`,
    });
  },
});
