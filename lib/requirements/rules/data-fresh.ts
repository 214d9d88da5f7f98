// Axle refreshes every connection about daily; a `refreshedAt` that stops moving means the data may be stale.
//
// Boundaries and missing data:
// - pass: refreshed within the given number of days, that number included (exactly N days ago passes).
// - fail: refreshed longer ago. `refreshedAt` is always present on an Axle policy.
import { z } from "zod";
import { day, result } from "../policy-facts";
import { defineRule } from "../types";

const key = "data-fresh";
const dayMs = 24 * 60 * 60 * 1000;

export const dataFreshRule = defineRule({
  key,
  title: "Data refreshed recently",
  description: "Axle refreshed the policy from the carrier within the given number of days.",
  boundaries:
    "Refreshed exactly the given number of days ago still passes; any longer fails. A date in the future counts as just now.",
  inputSchema: z.object({ maxAgeDays: z.number().min(0).max(365).default(3) }),
  fields: [{ name: "maxAgeDays", label: "Maximum age in days", kind: "days" }],
  evaluate({ policy, now }, { maxAgeDays }) {
    const required = `refreshed within ${maxAgeDays} days`;
    const ageDays = Math.max(0, (now.getTime() - Date.parse(policy.refreshedAt)) / dayMs);
    const found = `refreshed ${day(policy.refreshedAt)} (${ageDays.toFixed(1)} days ago)`;
    if (ageDays > maxAgeDays)
      return result(key, "fail", `Axle has not refreshed this policy for ${Math.floor(ageDays)} days.`, {
        required,
        found,
      });
    return result(
      key,
      "pass",
      `Refreshed ${ageDays < 1 ? "within the last day" : `${Math.floor(ageDays)} days ago`}.`,
      { required, found },
    );
  },
});
