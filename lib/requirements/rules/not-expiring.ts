// "Not expired or expiring soon": the term runs at least N more days, or a renewal continues it.
//
// Boundaries and missing data:
// - Days remaining are whole calendar days (UTC) to the expiration date: exactly N days remaining passes.
// - pass: at least N days remain; or a renewal the carrier reports active (true) continues the term with no gap
//   (it starts no later than the term ends), or is in force today.
// - caution: fewer than N days remain and no confirmed renewal; a renewal is on file but the carrier does not
//   confirm it active (null or false: Axle's null means "may have been removed"); no expiration date on file.
// - fail: the term has ended and no confirmed renewal is in force.
import { z } from "zod";
import type { AxlePolicy } from "@/lib/axle/schemas";
import { calendarDaysUntil, day, renewalInForce, result } from "../policy-facts";
import { defineRule } from "../types";

const key = "not-expiring";
const dayMs = 24 * 60 * 60 * 1000;

/** A renewal term that starts no later than the current one ends: coverage with no gap, if confirmed. */
function continuingRenewal(policy: AxlePolicy, renewal: AxlePolicy | null): AxlePolicy | null {
  if (!renewal?.effectiveDate || !policy.expirationDate) return null;
  return Date.parse(renewal.effectiveDate) <= Date.parse(policy.expirationDate) ? renewal : null;
}

export const notExpiringRule = defineRule({
  key,
  title: "Not expired or expiring soon",
  description:
    "The current term runs for at least the given number of days, or a renewal the carrier confirms continues it.",
  boundaries:
    "Exactly the given number of days remaining passes; one day fewer is a caution. A renewal counts only when the carrier reports it active: one reported null or false is a caution, never continuing cover. No expiration date on file is a caution; an ended term with no confirmed renewal is a fail.",
  inputSchema: z.object({ withinDays: z.number().int().min(0).max(365).default(30) }),
  fields: [{ name: "withinDays", label: "Warn this many days before expiry", kind: "days" }],
  evaluate({ policy, renewal, now }, { withinDays }) {
    const required = `coverage through at least ${day(new Date(now.getTime() + withinDays * dayMs))}`;
    const inForce = renewalInForce(renewal, now);
    const continued = continuingRenewal(policy, renewal);
    const confirmed = inForce ?? (continued?.isActive === true ? continued : null);
    if (confirmed) {
      const until = confirmed.expirationDate ? day(confirmed.expirationDate) : "an open date";
      return result(key, "pass", `A renewal the carrier reports active continues coverage until ${until}.`, {
        required,
        found: `renewed from ${day(confirmed.effectiveDate ?? now)} to ${until}`,
      });
    }
    if (policy.expirationDate === null)
      return result(key, "caution", "The policy has no expiration date on file.", {
        required,
        found: "no expiration date",
      });
    const expiresAt = new Date(policy.expirationDate);
    const daysLeft = calendarDaysUntil(expiresAt, now);
    if (daysLeft >= withinDays && expiresAt.getTime() > now.getTime())
      return result(key, "pass", `The policy runs until ${day(expiresAt)}.`, {
        required,
        found: `expires ${day(expiresAt)}`,
        daysLeft,
      });
    const hasEnded = expiresAt.getTime() <= now.getTime();
    if (continued)
      return result(
        key,
        "caution",
        `The term ${hasEnded ? "ended" : "ends"} ${day(expiresAt)}; a renewal is on file, but the carrier ${continued.isActive === false ? "reports it not active" : "does not confirm it active"}.`,
        { required, found: `expires ${day(expiresAt)}; renewal not confirmed`, daysLeft },
      );
    // A renewal that starts after the term ends leaves a gap: say so rather than "no renewal".
    const later = renewal?.effectiveDate
      ? `; a renewal starts ${day(renewal.effectiveDate)}, leaving a gap`
      : "";
    if (hasEnded)
      return result(
        key,
        "fail",
        `The policy expired on ${day(expiresAt)}${later || " and no renewal is on file"}.`,
        { required, found: `expired ${day(expiresAt)}` },
      );
    return result(
      key,
      "caution",
      `The policy expires in ${daysLeft} days (${day(expiresAt)})${later || " and no renewal is on file yet"}.`,
      { required, found: `expires ${day(expiresAt)}`, daysLeft },
    );
  },
});
