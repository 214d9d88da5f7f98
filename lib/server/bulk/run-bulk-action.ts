import "server-only";
import type { BulkActionKind } from "@/lib/bulk/bulk-action-kinds";
import type { CurrentUser } from "../auth/current-user";
import { db } from "../db";
import { AppError } from "../errors";
import { log } from "../log";
import { requestReconnect } from "../outreach/request-reconnect";
import { assignProfile } from "../profiles/assign-profile";

const batchSize = 25;
const maxErrorsKept = 20;

type Perform = (borrowerId: string, input: Record<string, unknown>, actor: CurrentUser) => Promise<void>;

const performers: Record<BulkActionKind, Perform> = {
  "ask-reconnect": async (borrowerId, _input, actor) => {
    const borrower = await db.borrower.findUnique({
      where: { id: borrowerId },
      select: { complianceStatus: true },
    });
    if (borrower?.complianceStatus === "NOT_MONITORED")
      throw new AppError("conflict", "Monitoring has stopped for this borrower.");
    await requestReconnect({ borrowerId, actor });
  },
  "assign-profile": async (borrowerId, input, actor) => {
    const profileId = typeof input.profileId === "string" ? input.profileId : null;
    await assignProfile({ borrowerId, profileId, actor });
  },
};

/**
 * The job behind a bulk action: works its pending borrowers in batches, marking each done or failed with the
 * action's counters in one transaction, so a retried job (a worker died) goes on where it stopped.
 */
export async function runBulkAction(bulkActionId: string) {
  const action = await db.bulkAction.findUnique({
    where: { id: bulkActionId },
    select: { kind: true, params: true, status: true, createdBy: true },
  });
  if (!action || action.status === "DONE") return;
  const { createdBy } = action;
  if (!createdBy) throw new Error(`bulk action ${bulkActionId} has no author any more`);
  const actor: CurrentUser = {
    id: createdBy.id,
    email: createdBy.email,
    name: createdBy.name,
    role: createdBy.role,
  };
  const perform = performers[action.kind as BulkActionKind];
  const input = ((action.params as { input?: Record<string, unknown> }).input ?? {}) as Record<
    string,
    unknown
  >;
  await db.bulkAction.update({ where: { id: bulkActionId }, data: { status: "RUNNING" } });

  for (;;) {
    const items = await db.bulkActionItem.findMany({
      where: { bulkActionId, status: "PENDING" },
      select: { borrowerId: true },
      orderBy: { borrowerId: "asc" },
      take: batchSize,
    });
    if (items.length === 0) break;
    for (const { borrowerId } of items) {
      let error: string | null = null;
      try {
        await perform(borrowerId, input, actor);
      } catch (caught) {
        error = caught instanceof AppError ? caught.message : "Something went wrong for this borrower.";
        if (!(caught instanceof AppError))
          log.error("bulk action item failed", { bulkActionId, borrowerId, error: String(caught) });
      }
      await recordItem(bulkActionId, borrowerId, error);
    }
  }
  await db.bulkAction.update({
    where: { id: bulkActionId },
    data: { status: "DONE", finishedAt: new Date() },
  });
}

async function recordItem(bulkActionId: string, borrowerId: string, error: string | null) {
  await db.$transaction(async (tx) => {
    const { count } = await tx.bulkActionItem.updateMany({
      where: { bulkActionId, borrowerId, status: "PENDING" },
      data: { status: error ? "FAILED" : "DONE", error, doneAt: new Date() },
    });
    if (count === 0) return;
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
        data: { errors: [...errors, { borrowerId, error }] },
      });
  });
}
