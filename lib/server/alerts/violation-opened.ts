import "server-only";
import { db, type Tx } from "../db";
import { enqueueInTransaction, queueNames } from "../jobs/queue";
import { recordSlackAlerts } from "./slack-alerts";
import { recordUserAlerts } from "./user-alerts";

// Telling the lender's team that a violation opened. The decision is a job enqueued in the transaction that
// opens the violation (an outbox): no alert for a violation that did not commit, and none lost for one that did.
// The job then records every alert it calls for (a user's email, a Slack message) in one transaction, each
// under a unique key, and hands each to its own delivery job: a retried job records nothing twice.

export type ViolationOpenedJobData = { violationId: string };

export function announceViolationOpened(tx: Tx, violationId: string) {
  return enqueueInTransaction(tx, queueNames.violationOpened, {
    violationId,
  } satisfies ViolationOpenedJobData);
}

/** What an alert says about the violation. */
export const openedViolationSelect = {
  id: true,
  ruleKey: true,
  severity: true,
  outcome: true,
  message: true,
  status: true,
  firstSeenAt: true,
  assigneeId: true,
  borrower: { select: { id: true, firstName: true, lastName: true, loanReference: true } },
} as const;

export async function runViolationOpenedJob({ violationId }: ViolationOpenedJobData) {
  await db.$transaction(async (tx) => {
    const violation = await tx.violation.findUnique({
      where: { id: violationId },
      select: openedViolationSelect,
    });
    // Resolved or waived before anyone was told: nothing to say any more.
    if (!violation || (violation.status !== "OPEN" && violation.status !== "ACKNOWLEDGED")) return;
    await recordUserAlerts(tx, violation);
    await recordSlackAlerts(tx, violation);
  });
}
