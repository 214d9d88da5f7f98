import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Severity } from "@/generated/prisma/enums";
import type { ViolationSortKey } from "@/lib/violations/violation-list-params";

// How each sort of the queue orders rows and compares them with a cursor's boundary values, as Prisma
// conditions, so that keyset pages read `(sort columns, id) > (boundary)` in any of them.

type Where = Prisma.ViolationWhereInput;
type Direction = "asc" | "desc";
type Comparison = "gt" | "lt";

/** What the keyset needs of a sort row, whatever else the list selects. */
export type SortableRow = {
  severity: Severity;
  firstSeenAt: Date;
  lastSeenAt: Date;
  ruleKey: string;
  dueAt: Date | null;
  borrower: { firstName: string; lastName: string };
  assignee: { name: string } | null;
};

type Column = {
  orderBy: (direction: Direction) => Prisma.ViolationOrderByWithRelationInput;
  compare: (comparison: Comparison, value: string) => Where;
  equals: (value: string) => Where;
  valueOf: (row: SortableRow) => string | null;
};

export type SortSpec = {
  columns: Column[];
  /** For a column that may be empty: its empty rows come last in either direction, read by id. */
  empty?: { isEmpty: Where; hasValue: Where };
};

// PostgreSQL orders an enum as declared: LOW, MEDIUM, HIGH, CRITICAL. "After HIGH" is therefore CRITICAL.
const severityOrder: Severity[] = ["LOW", "MEDIUM", "HIGH", "CRITICAL"];

const timeColumn = (field: "firstSeenAt" | "lastSeenAt" | "dueAt"): Column => ({
  orderBy: (direction) => ({ [field]: direction }),
  compare: (comparison, value) => ({ [field]: { [comparison]: new Date(value) } }),
  equals: (value) => ({ [field]: new Date(value) }),
  valueOf: (row) => row[field]?.toISOString() ?? null,
});

const borrowerColumn = (field: "lastName" | "firstName"): Column => ({
  orderBy: (direction) => ({ borrower: { [field]: direction } }),
  compare: (comparison, value) => ({ borrower: { [field]: { [comparison]: value } } }),
  equals: (value) => ({ borrower: { [field]: value } }),
  valueOf: (row) => row.borrower[field],
});

export const violationSorts: Record<ViolationSortKey, SortSpec> = {
  severity: {
    columns: [
      {
        orderBy: (direction) => ({ severity: direction }),
        compare: (comparison, value) => {
          const index = severityOrder.indexOf(value as Severity);
          return {
            severity: {
              in: comparison === "gt" ? severityOrder.slice(index + 1) : severityOrder.slice(0, index),
            },
          };
        },
        equals: (value) => ({ severity: value as Severity }),
        valueOf: (row) => row.severity,
      },
    ],
  },
  "first-seen": { columns: [timeColumn("firstSeenAt")] },
  "last-seen": { columns: [timeColumn("lastSeenAt")] },
  borrower: { columns: [borrowerColumn("lastName"), borrowerColumn("firstName")] },
  rule: {
    columns: [
      {
        orderBy: (direction) => ({ ruleKey: direction }),
        compare: (comparison, value) => ({ ruleKey: { [comparison]: value } }),
        equals: (value) => ({ ruleKey: value }),
        valueOf: (row) => row.ruleKey,
      },
    ],
  },
  due: {
    columns: [timeColumn("dueAt")],
    empty: { isEmpty: { dueAt: null }, hasValue: { dueAt: { not: null } } },
  },
  assignee: {
    columns: [
      {
        orderBy: (direction) => ({ assignee: { name: direction } }),
        compare: (comparison, value) => ({ assignee: { name: { [comparison]: value } } }),
        equals: (value) => ({ assignee: { name: value } }),
        valueOf: (row) => row.assignee?.name ?? null,
      },
    ],
    empty: { isEmpty: { assigneeId: null }, hasValue: { assigneeId: { not: null } } },
  },
};

/** The rows beyond a boundary `(values…, id)` in reading order: the first column beyond, or equal and then… */
export function beyondBoundary(
  spec: SortSpec,
  comparison: Comparison,
  boundary: { values: string[]; id: string },
): Where {
  const { columns } = spec;
  const equalUpTo = (count: number) =>
    columns.slice(0, count).map((column, index) => column.equals(boundary.values[index] as string));
  return {
    OR: [
      ...columns.map((column, index) => ({
        AND: [...equalUpTo(index), column.compare(comparison, boundary.values[index] as string)],
      })),
      { AND: [...equalUpTo(columns.length), { id: { [comparison]: boundary.id } }] },
    ],
  };
}
