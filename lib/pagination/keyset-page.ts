// Turns the rows a keyset query read (one more than a page, to know whether more follow) into a page with its
// neighbours' cursors. Shared by every paged list, whatever it sorts on.

type Cursor = { d: "a" | "b"; o: number };

export type KeysetPage<Row> = {
  rows: Row[];
  /** Rows before this page: "51–100 of 1,234". */
  offset: number;
  nextCursor: string | null;
  previousCursor: string | null;
};

export function keysetPage<Row>({
  rows,
  size,
  cursor,
  makeCursor,
}: {
  /** Up to size + 1 rows in reading order: backward for a "before" cursor. */
  rows: Row[];
  size: number;
  cursor: Cursor | null;
  makeCursor: (row: Row, direction: "a" | "b", offset: number) => string;
}): KeysetPage<Row> {
  const isBackward = cursor?.d === "b";
  const hasMore = rows.length > size;
  const page = rows.slice(0, size);
  if (isBackward) page.reverse();
  // Reading backward and finding no more rows means this is the start of the list, whatever the cursor says.
  const offset = isBackward ? (hasMore ? Math.max(0, (cursor?.o ?? 0) - page.length) : 0) : (cursor?.o ?? 0);
  const first = page[0];
  const last = page.at(-1);
  const hasNext = isBackward || hasMore;
  const hasPrevious = isBackward ? hasMore : Boolean(cursor);
  return {
    rows: page,
    offset,
    nextCursor: hasNext && last ? makeCursor(last, "a", offset + page.length) : null,
    previousCursor: hasPrevious && first ? makeCursor(first, "b", offset) : null,
  };
}

/**
 * The Prisma condition for the rows after (or before) a (timestamp, id) cursor in a list ordered by that
 * timestamp then id. `isAscending` is the list's own order; a "before" cursor reads the other way.
 */
export function timeKeysetWhere(
  field: string,
  cursor: { d: "a" | "b"; t: string; id: string },
  isAscending: boolean,
) {
  const isGreater = isAscending !== (cursor.d === "b");
  const beyond = isGreater ? "gt" : "lt";
  const at = new Date(cursor.t);
  return { OR: [{ [field]: { [beyond]: at } }, { [field]: at, id: { [beyond]: cursor.id } }] };
}

/** The reading direction of a (timestamp, id) list for Prisma's orderBy: a "before" cursor reads backward. */
export function readingOrder(isAscending: boolean, cursor: { d: "a" | "b" } | null): "asc" | "desc" {
  return isAscending !== (cursor?.d === "b") ? "asc" : "desc";
}
