// "In force now": a term that starts in the future (an early renewal, a new policy) is not coverage yet.
//
// Boundaries and missing data:
// - pass: the effective date is today or earlier.
// - fail: it is after now.
// - caution: no effective date on file.
import { z } from "zod";
import { day, result } from "../policy-facts";
import { defineRule } from "../types";

const key = "effective-now";
const required = "an effective date on or before today";

export const effectiveNowRule = defineRule({
  key,
  title: "In force now",
  description: "The current term has started.",
  boundaries:
    "A term that starts today or earlier passes; one that starts later fails. No effective date on file is a caution.",
  inputSchema: z.object({}),
  fields: [],
  evaluate({ policy, now }) {
    if (policy.effectiveDate === null) {
      return result(key, "caution", "The policy has no effective date on file.", {
        required,
        found: "no effective date",
      });
    }
    const startsAt = new Date(policy.effectiveDate);
    if (startsAt.getTime() > now.getTime()) {
      return result(key, "fail", `The policy does not start until ${day(startsAt)}.`, {
        required,
        found: `starts ${day(startsAt)}`,
      });
    }
    return result(key, "pass", `The policy has been in force since ${day(startsAt)}.`, {
      required,
      found: `started ${day(startsAt)}`,
    });
  },
});
