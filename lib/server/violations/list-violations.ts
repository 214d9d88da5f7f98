import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { encodeCursor } from "@/lib/pagination/cursor-codec";
import { type KeysetPage, keysetPage } from "@/lib/pagination/keyset-page";
import { cursorSortTag } from "@/lib/violations/violation-list-cursor";
import {
  actionableStatuses,
  type ViolationFilters,
  type ViolationListParams,
  type ViolationSort,
} from "@/lib/violations/violation-list-params";
import { db } from "../db";
import { beyondBoundary, type SortableRow, violationSorts } from "./violation-sorts";

const dayMs = 24 * 60 * 60 * 1000;

/** What the filters are read against: the moment of the read, and who "Mine" is. */
export type ViolationFilterContext = { now: Date; userId: string };

/**
 * The queue's filters as a `where`: live violations (open, acknowledged, waived) unless a status is asked for.
 * Shared by the queue page, its CSV export and its bulk actions, so each holds exactly what the queue shows.
 */
export function violationsWhere(
  filters: ViolationFilters,
  { now, userId }: ViolationFilterContext,
): Prisma.ViolationWhereInput {
  const conditions: Prisma.ViolationWhereInput[] = [
    {
      status:
        filters.status === "open" ? { in: [...actionableStatuses] } : (filters.status ?? { not: "RESOLVED" }),
    },
  ];
  if (filters.rule) conditions.push({ ruleKey: filters.rule });
  if (filters.severity) conditions.push({ severity: filters.severity });
  if (filters.olderThanDays !== undefined)
    conditions.push({ firstSeenAt: { lte: new Date(now.getTime() - filters.olderThanDays * dayMs) } });
  if (filters.profile === "default") conditions.push({ borrower: { requirementProfileId: null } });
  else if (filters.profile) conditions.push({ borrower: { requirementProfileId: filters.profile } });
  if (filters.assignee === "me") conditions.push({ assigneeId: userId });
  else if (filters.assignee === "none") conditions.push({ assigneeId: null });
  else if (filters.assignee) conditions.push({ assigneeId: filters.assignee });
  if (filters.isOverdue) conditions.push({ dueAt: { lt: now }, status: { in: [...actionableStatuses] } });
  if (filters.openedSince) conditions.push({ firstSeenAt: { gte: new Date(filters.openedSince) } });
  if (filters.resolvedSince) conditions.push({ resolvedAt: { gte: new Date(filters.resolvedSince) } });
  return { AND: conditions };
}

const rowSelect = {
  id: true,
  borrowerId: true,
  policyId: true,
  ruleKey: true,
  status: true,
  severity: true,
  message: true,
  firstSeenAt: true,
  lastSeenAt: true,
  waivedUntil: true,
  resolvedAt: true,
  dueAt: true,
  assignee: { select: { id: true, name: true } },
  borrower: {
    select: {
      id: true,
      firstName: true,
      lastName: true,
      loanReference: true,
      requirementProfile: { select: { name: true } },
    },
  },
} satisfies Prisma.ViolationSelect;

export type ViolationListRow = Prisma.ViolationGetPayload<{ select: typeof rowSelect }>;

export type ViolationListPage = KeysetPage<ViolationListRow> & { total: number };

type Segment = "values" | "empty";

/** Where a read starts: after (`a`) or before (`b`) the row with these sort values and id. */
export type SortBoundary = { d: "a" | "b"; v: (string | null)[]; id: string };

type FindArgs = {
  where: Prisma.ViolationWhereInput;
  orderBy: Prisma.ViolationOrderByWithRelationInput[];
  take: number;
};

/**
 * Up to `limit` rows of `where` in the sort's reading order from a boundary: a keyset range read over
 * (sort columns, id), never OFFSET. A sort on a column that may be empty (due date, assignee) reads in two
 * segments, the rows with a value and then the empty ones by id, so empty always comes last. Reading before a
 * boundary (Previous) goes backward; the caller reverses. `find` picks the columns (the page's, the export's).
 */
export async function readSortedViolations<Row extends SortableRow & { id: string }>({
  where,
  sort,
  boundary,
  limit,
  find,
}: {
  where: Prisma.ViolationWhereInput;
  sort: ViolationSort;
  boundary: SortBoundary | null;
  limit: number;
  find: (args: FindArgs) => Promise<Row[]>;
}): Promise<Row[]> {
  const spec = violationSorts[sort.key];
  const isBackward = boundary?.d === "b";
  const direction = sort.isDescending !== isBackward ? "desc" : "asc";
  const comparison = direction === "desc" ? "lt" : "gt";
  const boundarySegment: Segment | null = boundary ? (boundary.v.includes(null) ? "empty" : "values") : null;

  const readSegment = (segment: Segment, take: number) => {
    const conditions = [where];
    if (spec.empty) conditions.push(segment === "values" ? spec.empty.hasValue : spec.empty.isEmpty);
    if (boundary && boundarySegment === segment)
      conditions.push(
        segment === "values"
          ? beyondBoundary(spec, comparison, { values: boundary.v as string[], id: boundary.id })
          : { id: { [comparison]: boundary.id } },
      );
    return find({
      where: { AND: conditions },
      orderBy:
        segment === "values"
          ? [...spec.columns.map((column) => column.orderBy(direction)), { id: direction }]
          : [{ id: direction }],
      take,
    });
  };

  // Forward the segments run values → empty; backward, empty → values. Skip those the boundary is past.
  const segments: Segment[] = spec.empty ? ["values", "empty"] : ["values"];
  if (isBackward) segments.reverse();
  const start = boundarySegment ? Math.max(0, segments.indexOf(boundarySegment)) : 0;
  const found: Row[] = [];
  for (const segment of segments.slice(start)) {
    found.push(...(await readSegment(segment, limit - found.length)));
    if (found.length >= limit) break;
  }
  return found;
}

/** A row's sort values, for the cursor or boundary that starts the next read after it. */
export const sortValuesOf = (sort: ViolationSort, row: SortableRow) =>
  violationSorts[sort.key].columns.map((column) => column.valueOf(row));

/** The queue a page at a time (one row more is read, to know whether another page follows), with its total. */
export async function listViolations(
  {
    filters,
    sort,
    size,
    cursor,
  }: Pick<ViolationListParams, "filters" | "sort" | "cursor"> & { size: number },
  context: ViolationFilterContext,
): Promise<ViolationListPage> {
  const where = violationsWhere(filters, context);
  const [rows, total] = await Promise.all([
    readSortedViolations({
      where,
      sort,
      boundary: cursor,
      limit: size + 1,
      find: (args) => db.violation.findMany({ ...args, select: rowSelect }),
    }),
    db.violation.count({ where }),
  ]);
  const page = keysetPage({
    rows,
    size,
    cursor,
    makeCursor: (row, d, o) =>
      encodeCursor({ k: cursorSortTag(sort), d, v: sortValuesOf(sort, row), id: row.id, o }),
  });
  return { ...page, total };
}
