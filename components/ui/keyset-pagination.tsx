import { Pagination } from "./pagination";

/**
 * The pagination under a keyset-paged list: the page's place ("51–100 of 1,234 borrowers"), Previous and Next
 * from its cursors, and the page sizes. `href` builds the list's URL for a cursor or a size.
 */
export function KeysetPagination({
  page,
  size,
  sizes,
  noun,
  href,
}: {
  page: {
    rows: unknown[];
    total: number;
    offset: number;
    nextCursor: string | null;
    previousCursor: string | null;
  };
  size: number;
  sizes: readonly number[];
  /** Singular and plural: ["borrower", "borrowers"]. */
  noun: [string, string];
  href: (change: { cursor?: string; size?: number }) => string;
}) {
  return (
    <Pagination
      start={page.rows.length === 0 ? 0 : page.offset + 1}
      count={page.rows.length}
      total={page.total}
      noun={page.total === 1 ? noun[0] : noun[1]}
      previousHref={page.previousCursor ? href({ cursor: page.previousCursor }) : null}
      nextHref={page.nextCursor ? href({ cursor: page.nextCursor }) : null}
      pageSize={size}
      pageSizeHrefs={sizes.map((choice) => ({ size: choice, href: href({ size: choice }) }))}
    />
  );
}
