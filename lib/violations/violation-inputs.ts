// What an officer gives when acting on violations, one at a time or in bulk: checked by the same schemas in
// the browser's dialogs and on the server.
import { z } from "zod";
import { plausibleDate } from "@/lib/plausible-date";

export const waiverSchema = z.object({
  reason: z.string().trim().min(3, "Give the reason for the waiver").max(1000),
  until: plausibleDate("Give the date the waiver ends"),
});
export type Waiver = z.infer<typeof waiverSchema>;

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
