import "server-only";
import { can } from "@/lib/auth/permissions";
import { type BulkActionKind, bulkActionKinds } from "@/lib/bulk/bulk-action-kinds";
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
  const perform = performers[kind];
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

/** Ends an action without working its pending borrowers, saying why; what was done stays done. */
async function stopBulkAction(bulkActionId: string, reason: string) {
  await db.bulkAction.update({
    where: { id: bulkActionId },
    data: { status: "FAILED", finishedAt: new Date(), errors: [{ borrowerId: "", error: reason }] },
  });
}
