// The borrower connected their insurance within N days of being invited. Judged once per borrower: a borrower
// who never completes Ignition has no policy for the other rules to judge.
//
// Boundaries and missing data:
// - Days are whole calendar days (UTC) since the first Ignition link was made: on exactly day N, still a pass.
// - pass: a connection was completed (at any time; a later disconnection is the account rule's business), or
//   the invite is at most N days old (the evidence counts the days left).
// - fail: no completed connection more than N days after the invite.
// - unknown: nobody has been invited yet (no Ignition link made), so no clock has started.
import { z } from "zod";
import { calendarDaysUntil, day, result } from "../policy-facts";
import { defineBorrowerRule } from "../types";

const key = "connected-within";

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

export const connectedWithinRule = defineBorrowerRule({
  key,
  title: "Connected within days of the invite",
  description: "The borrower completes Ignition within the given number of days of their first invite.",
  boundaries:
    "Counted in calendar days from the first Ignition link made for the borrower: connecting on exactly the last day passes, and a borrower still not connected a day later fails. Once connected it passes for good. Unknown until the borrower has been invited.",
  inputSchema: z.object({ withinDays: z.number().int().min(0).max(365).default(14) }),
  fields: [{ name: "withinDays", label: "Days to connect", kind: "days" }],
  evaluate({ invitedAt, connectedAt, now }, { withinDays }) {
    const required = `connected within ${plural(withinDays, "day")} of the invite`;
    if (connectedAt) {
      const found = invitedAt
        ? `connected ${day(connectedAt)}, ${plural(Math.max(0, calendarDaysUntil(connectedAt, invitedAt)), "day")} after the invite`
        : `connected ${day(connectedAt)}`;
      return result(key, "pass", `Connected on ${day(connectedAt)}.`, { required, found });
    }
    if (!invitedAt)
      return result(key, "unknown", "Not invited yet: no Ignition link has been made for this borrower.", {
        required,
        found: "no invite",
      });
    const elapsed = calendarDaysUntil(now, invitedAt);
    const found = `not connected, invited ${day(invitedAt)} (${plural(elapsed, "day")} ago)`;
    if (elapsed > withinDays)
      return result(
        key,
        "fail",
        `Not connected ${plural(elapsed, "day")} after the invite of ${day(invitedAt)}; ${plural(withinDays, "day")} are allowed.`,
        { required, found },
      );
    return result(
      key,
      "pass",
      `Invited ${day(invitedAt)}, not connected yet: ${plural(withinDays - elapsed, "day")} left to connect.`,
      { required, found },
    );
  },
});
