// How long a transaction that stores a fetched Axle object (its snapshot, evaluation, violations and status)
// may wait for a connection and then run. Under a burst it waits its turn on the object's lock, so Prisma's
// 5 s default is too short. The webhook time budget counts on these limits (lib/webhooks/time-budget.ts).
export const syncTransactionLimits = { maxWait: 10_000, timeout: 30_000 } as const;
