import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "../db";
import { type ViolationFilters, violationsWhere } from "../violations/list-violations";
import { defaultBatchSize, keysetRows } from "./keyset-batches";

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
  borrower: { select: { firstName: true, lastName: true, loanReference: true } },
} satisfies Prisma.ViolationSelect;

export type ViolationExportRow = Prisma.ViolationGetPayload<{ select: typeof violationExportSelect }>;

/**
 * Every violation the queue's filters match, read in keyset batches by id. `now` is fixed for the whole export,
 * so "older than N days" means the same cut-off in the last batch as in the first.
 */
export function violationExportRows({
  filters,
  now,
  batchSize = defaultBatchSize,
}: {
  filters: ViolationFilters;
  now: Date;
  batchSize?: number;
}): AsyncGenerator<ViolationExportRow> {
  const where = violationsWhere(filters, now);
  return keysetRows(
    (lastId, limit) =>
      db.violation.findMany({
        where: lastId === undefined ? where : { AND: [where, { id: { gt: lastId } }] },
        orderBy: { id: "asc" },
        take: limit,
        select: violationExportSelect,
      }),
    batchSize,
  );
}
