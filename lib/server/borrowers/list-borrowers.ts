import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { ComplianceStatus, ConnectionState, Severity } from "@/generated/prisma/enums";
import type { DecodedCursor } from "@/lib/borrowers/list-cursor";
import type { BorrowerListParams, SortKey } from "@/lib/borrowers/list-params";
import { encodeCursor } from "@/lib/pagination/cursor-codec";
import { type KeysetPage, keysetPage } from "@/lib/pagination/keyset-page";
import { db } from "../db";
import { borrowerListFilter, type FilterClock } from "./borrower-list-filter";

export type BorrowerListRow = {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  loanReference: string;
  lenderName: string | null;
  complianceStatus: ComplianceStatus;
  complianceReasons: string[];
  worstOpenSeverity: Severity | null;
  openViolationCount: number;
  nextExpirationDate: Date | null;
  lastRefreshedAt: Date | null;
  primaryCarrier: string | null;
  primaryPolicyNumber: string | null;
  connectionState: ConnectionState;
  createdAt: Date;
};

export type BorrowerListPage = KeysetPage<BorrowerListRow> & { total: number };

const selectColumns = Prisma.sql`"id", "firstName", "lastName", "email", "loanReference", "lenderName",
  "complianceStatus", "complianceReasons", "worstOpenSeverity", "openViolationCount", "nextExpirationDate",
  "lastRefreshedAt", "primaryCarrier", "primaryPolicyNumber", "connectionState", "createdAt"`;

/** What each sort orders by, and whether its column can be empty (empty values always come last). */
const sortColumns: Record<SortKey, { columns: Prisma.Sql[]; isNullable: boolean; cast?: Prisma.Sql }> = {
  name: { columns: [Prisma.sql`"lastName"`, Prisma.sql`"firstName"`], isNullable: false },
  status: {
    columns: [Prisma.sql`"complianceStatus"`],
    isNullable: false,
    cast: Prisma.sql`::"ComplianceStatus"`,
  },
  refreshed: { columns: [Prisma.sql`"lastRefreshedAt"`], isNullable: true },
  expiration: { columns: [Prisma.sql`"nextExpirationDate"`], isNullable: true },
  violations: { columns: [Prisma.sql`"openViolationCount"`], isNullable: false },
};

const isDateSort = (key: SortKey) => key === "refreshed" || key === "expiration";

function sortValueOf(row: BorrowerListRow, key: SortKey): DecodedCursor["v"] {
  switch (key) {
    case "name":
      return [row.lastName, row.firstName];
    case "status":
      return row.complianceStatus;
    case "refreshed":
      return row.lastRefreshedAt?.toISOString() ?? null;
    case "expiration":
      return row.nextExpirationDate?.toISOString() ?? null;
    case "violations":
      return row.openViolationCount;
  }
}

function boundaryValues(cursor: DecodedCursor, key: SortKey): unknown[] {
  const { v } = cursor;
  if (Array.isArray(v)) return v;
  if (v !== null && isDateSort(key)) return [new Date(v)];
  return [v];
}

type Segment = "values" | "empty";

/**
 * Keyset pagination over the sort's column(s) and `id`, in two segments for a nullable column: the rows with
 * a value (an index range scan in the sort's direction), then the empty ones (by id). A page "after" a row
 * reads forward from it; a page "before" a row (Previous) reads backward and is reversed.
 */
export async function listBorrowers(
  { filters, sort, size, cursor }: Pick<BorrowerListParams, "filters" | "sort" | "cursor"> & { size: number },
  clock: FilterClock,
): Promise<BorrowerListPage> {
  const where = borrowerListFilter(filters, clock);
  const spec = sortColumns[sort.key];
  const isBackward = cursor?.d === "b";
  // Reading backward flips the direction; the segments are then read in reverse order too.
  const isDescending = sort.isDescending !== isBackward;
  const direction = isDescending ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  const comparison = isDescending ? Prisma.sql`<` : Prisma.sql`>`;
  const cursorSegment: Segment | null = cursor ? (cursor.v === null ? "empty" : "values") : null;

  const readSegment = async (segment: Segment, limit: number): Promise<BorrowerListRow[]> => {
    const conditions = [where];
    const nullability = spec.isNullable
      ? segment === "values"
        ? Prisma.sql`${spec.columns[0]} IS NOT NULL`
        : Prisma.sql`${spec.columns[0]} IS NULL`
      : null;
    if (nullability) conditions.push(nullability);
    if (cursor && cursorSegment === segment) {
      if (segment === "values") {
        const values = boundaryValues(cursor, sort.key).map(
          (value) => Prisma.sql`${value}${spec.cast ?? Prisma.empty}`,
        );
        conditions.push(
          Prisma.sql`(${Prisma.join([...spec.columns, Prisma.sql`"id"`])}) ${comparison} (${Prisma.join([...values, Prisma.sql`${cursor.id}`])})`,
        );
      } else {
        conditions.push(Prisma.sql`"id" ${comparison} ${cursor.id}`);
      }
    }
    const orderBy =
      segment === "values"
        ? Prisma.join([...spec.columns, Prisma.sql`"id"`].map((column) => Prisma.sql`${column} ${direction}`))
        : Prisma.sql`"id" ${direction}`;
    return db.$queryRaw<BorrowerListRow[]>`
      SELECT ${selectColumns} FROM "Borrower"
      WHERE ${Prisma.join(conditions, " AND ")}
      ORDER BY ${orderBy}
      LIMIT ${limit}`;
  };

  // Forward the segments run values → empty; backward, empty → values. Skip those the cursor is past.
  const segments: Segment[] = spec.isNullable ? ["values", "empty"] : ["values"];
  if (isBackward) segments.reverse();
  const start = cursorSegment ? segments.indexOf(cursorSegment) : 0;
  const wanted = size + 1;
  const [rows, total] = await Promise.all([
    (async () => {
      const found: BorrowerListRow[] = [];
      for (const segment of segments.slice(start)) {
        found.push(...(await readSegment(segment, wanted - found.length)));
        if (found.length >= wanted) break;
      }
      return found;
    })(),
    countBorrowers(where),
  ]);

  const page = keysetPage({
    rows,
    size,
    cursor,
    makeCursor: (row, d, o) => encodeCursor({ k: sort.key, d, v: sortValueOf(row, sort.key), id: row.id, o }),
  });
  return { ...page, total };
}

async function countBorrowers(where: Prisma.Sql): Promise<number> {
  const [row] = await db.$queryRaw<
    { count: bigint }[]
  >`SELECT count(*) AS count FROM "Borrower" WHERE ${where}`;
  return Number(row?.count ?? 0);
}
