// Keyset pagination for the borrower list: a cursor names the row a page starts after (or ends before), by its
// sort value and id, so a page stays stable while rows are added elsewhere in the list. It is opaque to the
// user but not secret: a tampered one is refused and the list falls back to its first page.
import { z } from "zod";
import type { SortKey } from "./list-params";

const sortValue = z.union([z.string().max(300), z.number().finite(), z.null()]);

const cursorSchema = z.object({
  /** The sort the cursor was made for: a cursor from another sort means nothing. */
  k: z.string(),
  /** `a`: the rows after this one; `b`: the rows before it (the previous page). */
  d: z.enum(["a", "b"]),
  /** The sort value(s) of the boundary row: one value, or [last name, first name] for the name sort. */
  v: z.union([sortValue, z.tuple([z.string().max(300), z.string().max(300)])]),
  id: z.string().min(1).max(64),
  /** How many rows come before the page this cursor opens: only for "51–100 of 1,234". */
  o: z.number().int().min(0).max(10_000_000),
});

export type DecodedCursor = z.infer<typeof cursorSchema>;

export function encodeCursor(cursor: DecodedCursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

export function decodeCursor(value: string, sortKey: SortKey): DecodedCursor | null {
  if (value.length > 1000) return null;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(value, "base64url").toString("utf8")));
    if (!parsed.success || parsed.data.k !== sortKey) return null;
    const isNameSort = sortKey === "name";
    if (isNameSort !== Array.isArray(parsed.data.v)) return null;
    return parsed.data;
  } catch {
    return null;
  }
}
