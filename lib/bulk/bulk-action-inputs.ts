// What each bulk action kind takes besides its targets, checked when it starts and again when its job reads it
// back from the stored params (dates come back as ISO strings; the schemas coerce them).
import { z } from "zod";
import { dateOrNull, waiverSchema } from "@/lib/violations/violation-inputs";
import type { BulkActionKind } from "./bulk-action-kinds";

const idOrNull = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/)
  .nullable();

export const bulkActionInputSchemas = {
  invite: z.object({}),
  "ask-reconnect": z.object({}),
  "assign-profile": z.object({ profileId: idOrNull.default(null) }),
  reevaluate: z.object({}),
  "violation-acknowledge": z.object({}),
  "violation-waive": waiverSchema,
  /** null unassigns. */
  "violation-assign": z.object({ assigneeId: idOrNull }),
  /** null clears the due date. */
  "violation-set-due": z.object({ dueAt: dateOrNull }),
} satisfies Record<BulkActionKind, z.ZodType>;

export type BulkActionInput<Kind extends BulkActionKind> = z.output<(typeof bulkActionInputSchemas)[Kind]>;
