// Keyset cursors of the violation queue: the boundary row's sort values and id, for the sort they were made in.
import { z } from "zod";
import { cursorBase, cursorMoment, decodeCursor } from "@/lib/pagination/cursor-codec";
import type { ViolationSort, ViolationSortKey } from "./violation-list-params";

const name = z.string().max(300);

/** What the boundary values of each sort must be: a forged value of another type would reach SQL as an error. */
const valuesBySort: Record<ViolationSortKey, z.ZodType> = {
  severity: z.tuple([z.enum(["CRITICAL", "HIGH", "MEDIUM", "LOW"])]),
  "first-seen": z.tuple([cursorMoment]),
  "last-seen": z.tuple([cursorMoment]),
  borrower: z.tuple([name, name]),
  rule: z.tuple([name]),
  due: z.tuple([cursorMoment.nullable()]),
  assignee: z.tuple([name.nullable()]),
};

const violationCursorSchema = z.object({
  ...cursorBase,
  /** The sort and direction the cursor was made for (`severity:desc`): from another, it means nothing. */
  k: z.string().max(40),
  /** The boundary row's sort values, in the sort's order; null for an empty due date or assignee. */
  v: z.array(z.union([z.string().max(300), z.null()])).max(2),
});

export type ViolationCursor = z.infer<typeof violationCursorSchema>;

export const cursorSortTag = (sort: ViolationSort) => `${sort.key}:${sort.isDescending ? "desc" : "asc"}`;

export function decodeViolationCursor(value: string, sort: ViolationSort): ViolationCursor | null {
  const cursor = decodeCursor(value, violationCursorSchema);
  if (!cursor || cursor.k !== cursorSortTag(sort)) return null;
  // NUL bytes are refused too: PostgreSQL cannot hold them in text.
  const hasNul = JSON.stringify(cursor.v).includes("\\u0000");
  return valuesBySort[sort.key].safeParse(cursor.v).success && !hasNul ? cursor : null;
}
