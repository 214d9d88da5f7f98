// What an officer gives when acting on violations, one at a time or in bulk: checked by the same schemas in
// the browser's dialogs and on the server.
import { z } from "zod";
import { plausibleDate } from "@/lib/plausible-date";

export const waiverSchema = z.object({
  reason: z.string().trim().min(3, "Give the reason for the waiver").max(1000),
  until: plausibleDate("Give the date the waiver ends"),
});
export type Waiver = z.infer<typeof waiverSchema>;

/** The longest a waiver may run: a year, after which the case is looked at again. */
export const maxWaiverDays = 365;
const dayMs = 24 * 60 * 60 * 1000;

/** Why a waiver cannot end then, or null: it must end in the future, and within a year. */
export function waiverEndProblem(until: Date, now: Date): string | null {
  if (until.getTime() <= now.getTime()) return "A waiver must end in the future.";
  if (until.getTime() > now.getTime() + maxWaiverDays * dayMs)
    return `A waiver may run ${maxWaiverDays} days at most: pick an earlier end date.`;
  return null;
}

/** A date input's value (`2026-12-31`), or empty for none. */
export const dateOrNull = z.preprocess(
  (value) => (value === "" || value === null ? null : value),
  plausibleDate().nullable(),
);

/**
 * A change of who works a violation and by when. A field left out is left as it is; null clears it.
 */
export const assignmentSchema = z
  .object({
    assigneeId: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,64}$/, "Choose a user")
      .nullable()
      .optional(),
    dueAt: dateOrNull.optional(),
  })
  .refine((change) => change.assigneeId !== undefined || change.dueAt !== undefined, "Nothing to change");
export type AssignmentChange = z.infer<typeof assignmentSchema>;
