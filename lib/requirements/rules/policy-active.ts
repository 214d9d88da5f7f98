// "Policy active and not expired": the carrier's active flag, and the current term's expiration date.
import type { Rule, RuleResult } from "../types";

const required = "active, with an expiration date in the future";

export const policyActiveRule: Rule = {
  key: "policy-active",
  title: "Policy active and not expired",
  evaluate({ policy, now }) {
    const result = (outcome: RuleResult["outcome"], message: string, found: string): RuleResult => ({
      ruleKey: "policy-active",
      outcome,
      message,
      evidence: { required, found },
    });

    // Absent after a manual completion: the carrier was never asked (../shared/axle-api.md §5.2).
    if (!("isActive" in policy) || policy.isActive === undefined) {
      return result("unknown", "The carrier did not report whether this policy is active.", "no active flag");
    }
    if (policy.isActive === null) {
      return result(
        "caution",
        "The carrier no longer reports this policy; it may have been removed from the account.",
        "active flag is null",
      );
    }
    if (policy.isActive === false) {
      return result(
        "fail",
        "The carrier reports this policy as not active (cancelled or lapsed).",
        "inactive",
      );
    }
    if (policy.expirationDate === null) {
      return result(
        "caution",
        "The policy is active but has no expiration date on file.",
        "active, no expiration date",
      );
    }
    const expiresAt = new Date(policy.expirationDate);
    if (expiresAt.getTime() <= now.getTime()) {
      return result(
        "fail",
        `The policy expired on ${formatDate(expiresAt)}.`,
        `expired ${formatDate(expiresAt)}`,
      );
    }
    return result(
      "pass",
      `The policy is active until ${formatDate(expiresAt)}.`,
      `active until ${formatDate(expiresAt)}`,
    );
  },
};

function formatDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
