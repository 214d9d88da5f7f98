// "An auto policy": a home or renters policy connected by mistake must not satisfy an auto loan, even if some of
// its fields look like coverage.
//
// Boundaries and missing data:
// - pass: the policy's type is the one required (auto by default), whatever its case.
// - fail: any other type. Axle always reports a type, so there is no unknown.
import { z } from "zod";
import { result } from "../policy-facts";
import { defineRule } from "../types";

const key = "policy-type";

export const policyTypeRule = defineRule({
  key,
  title: "Policy of the right kind",
  description: "The connected policy is an auto policy (or the kind the loan needs).",
  boundaries:
    "The policy's type must be the one given (auto unless changed), in any case. A home, renters or any other policy fails.",
  inputSchema: z.object({ type: z.string().trim().toLowerCase().min(1).max(40).default("auto") }),
  fields: [{ name: "type", label: "Policy type (auto unless changed)", kind: "text" }],
  evaluate({ policy }, { type }) {
    const required = `an ${type} policy`;
    const found = `${policy.type} policy`;
    if (policy.type.toLowerCase() === type)
      return result(key, "pass", `This is an ${type} policy.`, { required, found });
    return result(
      key,
      "fail",
      `This is a ${policy.type} policy, not an ${type} policy: it does not insure the financed vehicle.`,
      { required, found },
    );
  },
});
