import "server-only";
import type { ComplianceStatus } from "@/generated/prisma/enums";
import { db, type Tx } from "../db";
import { env } from "../env";
import { emitEvent } from "../integrations/emit-event";
import { notifyBorrowersChanged } from "../live/notify-borrowers-changed";

// The stored compliance status is computed in SQL, once: `coverwatch_refresh_compliance` in the portfolio
// workspace migration (docs/compliance-status.md). These are the app's ways of running it.

/** Borrowers per transaction in the daily run: each batch holds its rows' locks for a moment only. */
const batchSize = 2000;

/** The SQL function takes whole hours; rounding up never calls data stale earlier than configured. */
const staleHours = () => Math.ceil(env.FRESHNESS_STALE_HOURS);

/**
 * Recomputes and stores these borrowers' status inside the caller's transaction, so that a change and the
 * status it implies commit together. Call it after the transaction's writes: it reads them, and it locks the
 * borrowers' rows until commit so that concurrent refreshes of one borrower run one after the other.
 * Returns how many borrowers' stored values changed. Each borrower whose status moved gets a
 * `borrower.status_changed` event in the same transaction. Open pages about these borrowers refresh when the
 * transaction commits (live updates), whether or not the status moved: what moved it is news too.
 */
export async function refreshComplianceStatus(
  tx: Tx,
  borrowerIds: string[],
  now = new Date(),
): Promise<number> {
  const ids = [...new Set(borrowerIds)];
  if (ids.length === 0) return 0;
  // The same lock the SQL function takes, in the same order, taken first: the statuses read here are exactly
  // the ones it replaces, since nobody else can move them until this transaction ends.
  const before = await tx.$queryRaw<{ id: string; status: ComplianceStatus }[]>`
    SELECT id, "complianceStatus" AS status FROM "Borrower" WHERE id = ANY(${ids}::text[])
    ORDER BY id FOR NO KEY UPDATE`;
  const [row] = await tx.$queryRaw<{ updated: number }[]>`
    SELECT coverwatch_refresh_compliance(
      ${ids}::text[], ${now.toISOString()}::timestamptz, ${staleHours()}::integer
    ) AS updated`;
  const updated = row?.updated ?? 0;
  // Most refreshes (the daily run above all) move nothing: then there is nothing to compare.
  if (updated > 0)
    await emitStatusChanges(tx, new Map(before.map((borrower) => [borrower.id, borrower.status])));
  await notifyBorrowersChanged(tx, ids);
  return updated;
}

/** A `borrower.status_changed` event for each borrower whose status is no longer the one read before. */
async function emitStatusChanges(tx: Tx, before: Map<string, ComplianceStatus>) {
  const after = await tx.$queryRaw<
    { id: string; status: ComplianceStatus; reason: string | null; loanReference: string; name: string }[]
  >`
    SELECT id, "complianceStatus" AS status, "complianceReasons"[1] AS reason, "loanReference",
           "firstName" || ' ' || "lastName" AS name
    FROM "Borrower" WHERE id = ANY(${[...before.keys()]}::text[]) ORDER BY id`;
  for (const borrower of after) {
    const from = before.get(borrower.id);
    if (!from || from === borrower.status) continue;
    await emitEvent(tx, "borrower.status_changed", {
      borrower: { id: borrower.id, loanReference: borrower.loanReference, name: borrower.name },
      from,
      to: borrower.status,
      reason: borrower.reason,
    });
  }
}

/**
 * Every borrower, for the daily maintenance (time alone makes data stale and brings expiry closer). In
 * batches, each its own transaction, so that a borrower being refreshed by an event waits for one batch at
 * most, never for the whole portfolio.
 */
export async function refreshAllComplianceStatuses(now = new Date()): Promise<number> {
  let updated = 0;
  let after: string | undefined;
  for (;;) {
    const batch = await db.borrower.findMany({
      where: after === undefined ? {} : { id: { gt: after } },
      orderBy: { id: "asc" },
      take: batchSize,
      select: { id: true },
    });
    if (batch.length === 0) return updated;
    const ids = batch.map((borrower) => borrower.id);
    updated += await db.$transaction((tx) => refreshComplianceStatus(tx, ids, now), { timeout: 60_000 });
    after = ids.at(-1);
  }
}
