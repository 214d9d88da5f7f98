// The borrower is a named insured.
//
// Boundaries and missing data:
// - pass: the same first and last name after normalisation. caution: a nickname, an initial or a middle name.
// - fail: no similar name. unknown: the policy lists no insureds.
import { z } from "zod";
import { comparePersonNames } from "../normalize/person-name";
import { result } from "../policy-facts";
import { defineRule } from "../types";

const key = "named-insured";

export const namedInsuredRule = defineRule({
  key,
  title: "Borrower is a named insured",
  description: "The borrower's name appears among the policy's insureds.",
  boundaries:
    "The same first and last name passes, whatever the case or punctuation. A nickname, an initial or a middle name makes a caution. No similar name fails. Unknown when the policy lists no insureds.",
  inputSchema: z.object({}),
  fields: [],
  evaluate({ policy, borrower }) {
    const name = `${borrower.firstName} ${borrower.lastName}`;
    const required = `${name} as a named insured`;
    const found = policy.insureds.map((insured) => `${insured.firstName} ${insured.lastName}`).join("; ");
    if (policy.insureds.length === 0)
      return result(key, "unknown", "The policy lists no insureds.", { required, found: "no insureds" });
    const comparisons = policy.insureds.map((insured) => comparePersonNames(borrower, insured));
    if (comparisons.includes("match"))
      return result(key, "pass", `${name} is a named insured.`, { required, found });
    if (comparisons.includes("close"))
      return result(
        key,
        "caution",
        `A named insured resembles ${name} (nickname, initial or middle name): check it is the borrower.`,
        { required, found },
      );
    return result(key, "fail", `${name} is not among the named insureds.`, { required, found });
  },
});
