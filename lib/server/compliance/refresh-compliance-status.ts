import "server-only";
import { db, type Tx } from "../db";
import { env } from "../env";
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
 * Returns how many borrowers' stored values changed. Open pages about these borrowers refresh when the
 * transaction commits (live updates), whether or not the status moved: what moved it is news too.
 */
export async function refreshComplianceStatus(
  tx: Tx,
  borrowerIds: string[],
  now = new Date(),
): Promise<number> {
  const ids = [...new Set(borrowerIds)];
  if (ids.length === 0) return 0;
  const [row] = await tx.$queryRaw<{ updated: number }[]>`
    SELECT coverwatch_refresh_compliance(
      ${ids}::text[], ${now.toISOString()}::timestamptz, ${staleHours()}::integer
    ) AS updated`;
  await notifyBorrowersChanged(tx, ids);
  return row?.updated ?? 0;
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
