// A list read newest first by (createdAt, id), a keyset page at a time: the emails, and each Slack channel's
// and webhook endpoint's deliveries. The query's cursor condition, order and size, and the page made from what
// it read, in one place.
import { encodeCursor, type TimeCursor } from "./cursor-codec";
import { keysetPage, readingOrder, timeKeysetWhere } from "./keyset-page";

export function newestFirst(cursor: TimeCursor | null, size: number) {
  const direction = readingOrder(false, cursor);
  return {
    /** The rows beyond the cursor; spread it into the list's own condition (cast to its model's input). */
    where: cursor ? timeKeysetWhere("createdAt", cursor, false) : {},
    orderBy: [{ createdAt: direction }, { id: direction }],
    /** One more than a page: whether more follow. */
    take: size + 1,
    page: <Row extends { id: string; createdAt: Date }>(rows: Row[]) =>
      keysetPage({
        rows,
        size,
        cursor,
        makeCursor: (row, d, o) => encodeCursor({ d, t: row.createdAt.toISOString(), id: row.id, o }),
      }),
  };
}
