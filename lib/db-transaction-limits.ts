// How long a transaction that stores a fetched Axle object (its snapshot, evaluation, violations and status)
// may wait for a connection and then run. Under a burst it waits its turn on the object's lock, so Prisma's
// 5 s default is too short. The webhook time budget counts on these limits (lib/webhooks/time-budget.ts).
export const syncTransactionLimits = { maxWait: 10_000, timeout: 30_000 } as const;

/**
 * A transaction that records a bulk action's items for a whole portfolio (100,000 borrowers: one INSERT …
 * SELECT, then the audit row and the job) with the change that asked for it.
 */
export const bulkRecordingLimits = { maxWait: 10_000, timeout: 120_000 } as const;
