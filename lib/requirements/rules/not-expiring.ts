// "Not expiring soon": the term must run at least N more days, unless a bound renewal continues it.
import { z } from "zod";
import type { AxlePolicy } from "@/lib/axle/schemas";
import { day, result } from "../policy-facts";
import { defineRule } from "../types";

const key = "not-expiring";
const dayMs = 24 * 60 * 60 * 1000;

/** A renewal term that starts no later than the current one ends: coverage with no gap. */
function continuingRenewal(policy: AxlePolicy, renewal: AxlePolicy | null): AxlePolicy | null {
  if (!renewal || renewal.isActive === false || !renewal.effectiveDate || !policy.expirationDate) return null;
  return Date.parse(renewal.effectiveDate) <= Date.parse(policy.expirationDate) ? renewal : null;
}

export const notExpiringRule = defineRule({
  key,
  title: "Not expired or expiring soon",
  description:
    "The current term runs for at least the given number of days, or a bound renewal continues it.",
  inputSchema: z.object({ withinDays: z.number().int().min(0).max(365).default(30) }),
  fields: [{ name: "withinDays", label: "Warn this many days before expiry", kind: "days" }],
  evaluate({ policy, renewal, now }, { withinDays }) {
    const required = `coverage through at least ${day(new Date(now.getTime() + withinDays * dayMs))}`;
    if (policy.expirationDate === null) {
      return result(key, "caution", "The policy has no expiration date on file.", {
        required,
        found: "no expiration date",
      });
    }
    const expiresAt = new Date(policy.expirationDate);
    const continued = continuingRenewal(policy, renewal);
    if (continued) {
      const until = continued.expirationDate ? day(continued.expirationDate) : "an open date";
      return result(
        key,
        "pass",
        `The current term ends ${day(expiresAt)} and a renewal continues it until ${until}.`,
        {
          required,
          found: `renewed from ${day(continued.effectiveDate ?? expiresAt)} to ${until}`,
        },
      );
    }
    if (expiresAt.getTime() <= now.getTime()) {
      return result(key, "fail", `The policy expired on ${day(expiresAt)} and no renewal is on file.`, {
        required,
        found: `expired ${day(expiresAt)}`,
      });
    }
    const daysLeft = Math.ceil((expiresAt.getTime() - now.getTime()) / dayMs);
    if (daysLeft <= withinDays) {
      return result(
        key,
        "caution",
        `The policy expires in ${daysLeft} days (${day(expiresAt)}) and no renewal is on file yet.`,
        {
          required,
          found: `expires ${day(expiresAt)}`,
          daysLeft,
        },
      );
    }
    return result(key, "pass", `The policy runs until ${day(expiresAt)}.`, {
      required,
      found: `expires ${day(expiresAt)}`,
      daysLeft,
    });
  },
});
