// The borrower connected their insurance within N days of being invited. Judged once per borrower: a borrower
// who never completes Ignition has no policy for the other rules to judge.
//
// Boundaries and missing data:
// - Days are whole calendar days (UTC) since the first email that asked the borrower to connect (an invitation,
//   or a request an officer sent): on exactly day N, still a pass. A link made but never emailed starts nothing.
// - pass: a connection was completed (at any time; a later disconnection is the account rule's business), or
//   the invite is at most N days old (the evidence counts the days left).
// - fail: no completed connection more than N days after the invite.
// - unknown: no email has asked the borrower yet, so no clock has started.
import { z } from "zod";
import { calendarDaysUntil, day, result } from "../policy-facts";
import { defineBorrowerRule } from "../types";

const key = "connected-within";

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

export const connectedWithinRule = defineBorrowerRule({
  key,
  title: "Connected in time after the invitation",
  description:
    "The borrower completes Ignition within the given number of days of the first email asking them to.",
  boundaries:
    "Counted in calendar days from the first email that asked the borrower to connect (an invitation, or a request an officer sent): connecting on exactly the last day passes, and a borrower still not connected a day later fails. Once connected it passes for good. Unknown until an email has asked them.",
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
      return result(key, "unknown", "Not invited yet: no email has asked this borrower to connect.", {
        required,
        found: "no invite",
      });
    const elapsed = calendarDaysUntil(now, invitedAt);
    const found = `not connected, invited ${day(invitedAt)} (${elapsed === 0 ? "today" : `${plural(elapsed, "day")} ago`})`;
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
