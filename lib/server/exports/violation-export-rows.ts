import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ViolationFilters, ViolationSort } from "@/lib/violations/violation-list-params";
import { db } from "../db";
import {
  readSortedViolations,
  type SortBoundary,
  sortValuesOf,
  type ViolationFilterContext,
  violationsWhere,
} from "../violations/list-violations";
import { defaultBatchSize } from "./keyset-batches";

const violationExportSelect = {
  id: true,
  ruleKey: true,
  severity: true,
  status: true,
  outcome: true,
  message: true,
  evidence: true,
  firstSeenAt: true,
  lastSeenAt: true,
  resolvedAt: true,
  waivedUntil: true,
  waiverReason: true,
  dueAt: true,
  assignee: { select: { name: true, email: true } },
  borrower: { select: { firstName: true, lastName: true, loanReference: true } },
} satisfies Prisma.ViolationSelect;

export type ViolationExportRow = Prisma.ViolationGetPayload<{ select: typeof violationExportSelect }>;

/**
 * Every violation the queue's filters match, in the queue's sort, read in keyset batches (the queue's own
 * reader, so the file's order is the screen's). `now` is fixed for the whole export, so "older than N days"
 * and "overdue" mean the same cut-off in the last batch as in the first.
 */
export async function* violationExportRows({
  filters,
  sort,
  context,
  batchSize = defaultBatchSize,
}: {
  filters: ViolationFilters;
  sort: ViolationSort;
  context: ViolationFilterContext;
  batchSize?: number;
}): AsyncGenerator<ViolationExportRow> {
  const where = violationsWhere(filters, context);
  let boundary: SortBoundary | null = null;
  while (true) {
    const batch: ViolationExportRow[] = await readSortedViolations({
      where,
      sort,
      boundary,
      limit: batchSize,
      find: (args) => db.violation.findMany({ ...args, select: violationExportSelect }),
    });
    yield* batch;
    const last = batch.at(-1);
    // A short batch is the last one; stopping here saves the empty read that would confirm it.
    if (!last || batch.length < batchSize) return;
    boundary = { d: "a", v: sortValuesOf(sort, last), id: last.id };
  }
}
