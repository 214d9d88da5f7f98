import "server-only";
import { can } from "@/lib/auth/permissions";
import { type BulkActionKind, bulkActionKinds } from "@/lib/bulk/bulk-action-kinds";
import { syncTransactionLimits } from "@/lib/db-transaction-limits";
import type { CurrentUser } from "../auth/current-user";
import { db, type Tx } from "../db";
import { AppError } from "../errors";
import { log } from "../log";
import { inviteBorrower } from "../onboarding/invite-borrower";
import { requestReconnect } from "../outreach/request-reconnect";
import { assignProfile } from "../profiles/assign-profile";
import { reevaluateBorrowerIn } from "../profiles/reevaluate-borrowers";
import { violationBulkPerformers } from "../violations/violation-bulk-performers";

const batchSize = 25;
const maxErrorsKept = 20;

type Item = { targetId: string; borrowerId: string };

/**
 * How each kind works one item. `outside`: work that calls Axle or sends email, done first and then marked done
 * (a worker dying in between does it again on retry, as before). `inTransaction`: database work done in the very
 * transaction that marks the item done, so it happens exactly once however often, or however concurrently, the
 * job runs.
 */
type Performer =
  | { outside: (item: Item, input: unknown, actor: CurrentUser) => Promise<void> }
  | { inTransaction: (tx: Tx, item: Item, input: unknown, actor: CurrentUser) => Promise<void> };

const performers: Record<BulkActionKind, Performer> = {
  invite: {
    outside: ({ borrowerId }, _input, actor) => inviteBorrower({ borrowerId, actor }).then(() => {}),
  },
  "ask-reconnect": {
    outside: async ({ borrowerId }, _input, actor) => {
      const borrower = await db.borrower.findUnique({
        where: { id: borrowerId },
        select: { complianceStatus: true },
      });
      if (borrower?.complianceStatus === "NOT_MONITORED")
        throw new AppError("conflict", "Monitoring has stopped for this borrower.");
      await requestReconnect({ borrowerId, actor });
    },
  },
  "assign-profile": {
    outside: async ({ borrowerId }, input, actor) => {
      const { profileId } = input as { profileId?: unknown };
      await assignProfile({ borrowerId, profileId: typeof profileId === "string" ? profileId : null, actor });
    },
  },
  // Each borrower's evaluations commit with its item's mark: a retried job evaluates nobody twice.
  reevaluate: { inTransaction: (tx, { borrowerId }) => reevaluateBorrowerIn(tx, borrowerId) },
  "violation-acknowledge": { inTransaction: violationBulkPerformers["violation-acknowledge"] },
  "violation-waive": { inTransaction: violationBulkPerformers["violation-waive"] },
  "violation-assign": { inTransaction: violationBulkPerformers["violation-assign"] },
  "violation-set-due": { inTransaction: violationBulkPerformers["violation-set-due"] },
};

/**
 * The job behind a bulk action: works its pending items in batches, marking each done or failed with the
 * action's counters in one transaction, so a retried job (a worker died) goes on where it stopped. A page's
 * worth of a quick kind also runs here straight from the request that starts it (start-bulk-action.ts); the
 * job then finds nothing left to do.
 */
export async function runBulkAction(bulkActionId: string) {
  const action = await db.bulkAction.findUnique({
    where: { id: bulkActionId },
    select: {
      kind: true,
      params: true,
      status: true,
      createdBy: { select: { id: true, email: true, name: true, role: true, disabledAt: true } },
    },
  });
  if (!action || action.status === "DONE" || action.status === "FAILED") return;
  const kind = action.kind as BulkActionKind;
  const author = action.createdBy;
  // The job acts as its author, as long as they still may: a user disabled or demoted meanwhile stops it.
  if (!author || author.disabledAt || !can(author.role, bulkActionKinds[kind].permission)) {
    await stopBulkAction(bulkActionId, "Stopped: its author may no longer do this.");
    return;
  }
  const actor: CurrentUser = { id: author.id, email: author.email, name: author.name, role: author.role };
  const performer = performers[kind];
  const input = (action.params as { input?: unknown }).input ?? {};
  await db.bulkAction.updateMany({
    where: { id: bulkActionId, status: "QUEUED" },
    data: { status: "RUNNING" },
  });

  for (;;) {
    const items = await db.bulkActionItem.findMany({
      where: { bulkActionId, status: "PENDING" },
      select: { targetId: true, borrowerId: true },
      orderBy: { targetId: "asc" },
      take: batchSize,
    });
    if (items.length === 0) break;
    for (const item of items) {
      let error: string | null = null;
      try {
        if ("outside" in performer) {
          await performer.outside(item, input, actor);
          await db.$transaction((tx) => markItem(tx, bulkActionId, item, null));
        } else {
          await db.$transaction(async (tx) => {
            // Claimed first: a second runner waits on the row, then finds it done and skips it.
            if (await markItem(tx, bulkActionId, item, null))
              await performer.inTransaction(tx, item, input, actor);
            // An evaluation may wait its turn behind an event's (the sync limits).
          }, syncTransactionLimits);
        }
      } catch (caught) {
        error = caught instanceof AppError ? caught.message : "Something went wrong for this item.";
        if (!(caught instanceof AppError))
          log.error("bulk action item failed", { bulkActionId, ...item, err: caught as Error });
        await db.$transaction((tx) => markItem(tx, bulkActionId, item, error));
      }
    }
  }
  await db.bulkAction.updateMany({
    where: { id: bulkActionId, status: { in: ["QUEUED", "RUNNING"] } },
    data: { status: "DONE", finishedAt: new Date() },
  });
}

/** Marks a pending item done or failed and counts it; false when it was not pending (another run had it). */
async function markItem(tx: Tx, bulkActionId: string, item: Item, error: string | null): Promise<boolean> {
  const { count } = await tx.bulkActionItem.updateMany({
    where: { bulkActionId, targetId: item.targetId, status: "PENDING" },
    data: { status: error ? "FAILED" : "DONE", error, doneAt: new Date() },
  });
  if (count === 0) return false;
  const action = await tx.bulkAction.update({
    where: { id: bulkActionId },
    data: {
      processed: { increment: 1 },
      ...(error ? { failed: { increment: 1 } } : { succeeded: { increment: 1 } }),
    },
    select: { errors: true },
  });
  const errors = action.errors as { borrowerId: string; error: string }[];
  if (error && errors.length < maxErrorsKept)
    await tx.bulkAction.update({
      where: { id: bulkActionId },
      data: {
        errors: [
          ...errors,
          // A violation's item names it too; a borrower's is its own target.
          item.targetId === item.borrowerId
            ? { borrowerId: item.borrowerId, error }
            : { borrowerId: item.borrowerId, targetId: item.targetId, error },
        ],
      },
    });
  return true;
}

/** Ends an action without working its pending items, saying why; what was done stays done. */
async function stopBulkAction(bulkActionId: string, reason: string) {
  await db.bulkAction.update({
    where: { id: bulkActionId },
    data: { status: "FAILED", finishedAt: new Date(), errors: [{ borrowerId: "", error: reason }] },
  });
}
