import "server-only";
import { recordAudit, userActor } from "../audit/record-audit";
import type { CurrentUser } from "../auth/current-user";
import { db } from "../db";
import { enqueueInTransaction, queueNames } from "../jobs/queue";

/** Runs the reconcile job now, rather than at its scheduled time, on whichever worker takes it. */
export async function requestReconcile(actor: CurrentUser) {
  await db.$transaction(async (tx) => {
    await enqueueInTransaction(tx, queueNames.reconcile, { requestedBy: actor.id });
    await recordAudit(tx, {
      actor: userActor(actor),
      action: "reconcile.requested",
      targetType: "ReconcileRun",
      targetId: "*",
    });
  });
}

/** The latest reconcile runs, newest first, for the operations page. */
export function listReconcileRuns(limit = 5) {
  return db.reconcileRun.findMany({ orderBy: { startedAt: "desc" }, take: limit });
}
