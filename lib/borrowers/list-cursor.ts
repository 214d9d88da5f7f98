// Keyset pagination for the borrower list: a cursor names the row a page starts after (or ends before), by its
// sort value and id, so a page stays stable while rows are added elsewhere in the list.
import { z } from "zod";
import { complianceStatusLabels } from "@/lib/borrowers/compliance-status-labels";
import { cursorBase, cursorMoment, decodeCursor } from "@/lib/pagination/cursor-codec";
import type { SortKey } from "./list-params";

const sortValue = z.union([z.string().max(300), z.number().finite(), z.null()]);

/** What the boundary value of each sort must be: a forged one of another type would reach SQL as a cast error. */
const valueBySort: Record<SortKey, z.ZodType> = {
  name: z.tuple([z.string().max(300), z.string().max(300)]),
  status: z.enum(Object.keys(complianceStatusLabels) as [string, ...string[]]),
  refreshed: cursorMoment.nullable(),
  expiration: cursorMoment.nullable(),
  violations: z.number().int().min(0).max(1_000_000),
};

const listCursorSchema = z.object({
  ...cursorBase,
  /** The sort the cursor was made for: a cursor from another sort means nothing. */
  k: z.string(),
  /** The sort value(s) of the boundary row: one value, or [last name, first name] for the name sort. */
  v: z.union([sortValue, z.tuple([z.string().max(300), z.string().max(300)])]),
});

export type DecodedCursor = z.infer<typeof listCursorSchema>;

export function decodeListCursor(value: string, sortKey: SortKey): DecodedCursor | null {
  const cursor = decodeCursor(value, listCursorSchema);
  if (!cursor || cursor.k !== sortKey) return null;
  // NUL bytes are refused too: PostgreSQL cannot hold them in text.
  const hasNul = JSON.stringify(cursor.v).includes("\\u0000");
  return valueBySort[sortKey].safeParse(cursor.v).success && !hasNul ? cursor : null;
}
