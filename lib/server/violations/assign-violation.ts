import "server-only";
import { can } from "@/lib/auth/permissions";
import { type AssignmentChange, assignmentSchema } from "@/lib/violations/violation-inputs";
import { recordAssignmentAlert } from "../alerts/assignment-alert";
import { recordAudit, userActor } from "../audit/record-audit";
import type { CurrentUser } from "../auth/current-user";
import { db, type Tx } from "../db";
import { AppError } from "../errors";
import { notifyBorrowersChanged } from "../live/notify-borrowers-changed";
import { liveViolation } from "./act-on-violation";

/**
 * Sets who works a live violation and by when, inside the caller's transaction: one audit row per field that
 * really changes (`violation.assigned`, `violation.due-date-set`), none when nothing does, so a repeat is
 * harmless. The assignee must be an active user who may work violations. Neither field bears on compliance.
 * A new assignee who asked for it is emailed (alerts/assignment-alert.ts), in the same transaction.
 */
export async function assignViolationIn(
  tx: Tx,
  { violationId, change, actor }: { violationId: string; change: AssignmentChange; actor: CurrentUser },
): Promise<boolean> {
  const { borrowerId } = await liveViolation(tx, violationId);
  const current = await tx.violation.findUniqueOrThrow({
    where: { id: violationId },
    select: { assigneeId: true, dueAt: true },
  });
  const isNewAssignee = change.assigneeId !== undefined && change.assigneeId !== current.assigneeId;
  const isNewDue =
    change.dueAt !== undefined && (change.dueAt?.getTime() ?? null) !== (current.dueAt?.getTime() ?? null);
  if (!isNewAssignee && !isNewDue) return false;
  if (isNewAssignee && change.assigneeId) {
    const assignee = await tx.user.findUnique({
      where: { id: change.assigneeId },
      select: { role: true, disabledAt: true },
    });
    if (!assignee || assignee.disabledAt || !can(assignee.role, "violations.manage"))
      throw new AppError("bad_request", "That user cannot work violations.");
  }
  await tx.violation.update({
    where: { id: violationId },
    data: {
      ...(isNewAssignee ? { assigneeId: change.assigneeId } : {}),
      ...(isNewDue ? { dueAt: change.dueAt } : {}),
    },
  });
  const audit = (action: string, details: Record<string, string | null>) =>
    recordAudit(tx, {
      actor: userActor(actor),
      action,
      targetType: "Violation",
      targetId: violationId,
      details,
    });
  if (isNewAssignee)
    await audit("violation.assigned", { from: current.assigneeId, to: change.assigneeId ?? null });
  // The new assignee's email (if their settings ask for it) commits with the assignment, or not at all.
  if (isNewAssignee && change.assigneeId)
    await recordAssignmentAlert(tx, { violationId, assigneeId: change.assigneeId, actor });
  if (isNewDue)
    await audit("violation.due-date-set", {
      from: current.dueAt?.toISOString() ?? null,
      to: change.dueAt?.toISOString() ?? null,
    });
  // No status moves, but the queue and the record show who works it and by when.
  await notifyBorrowersChanged(tx, [borrowerId]);
  return true;
}

/** One violation's assignee and/or due date, from the queue's row or the borrower's record. */
export async function assignViolation({
  violationId,
  change,
  actor,
}: {
  violationId: string;
  change: unknown;
  actor: CurrentUser;
}): Promise<boolean> {
  const parsed = assignmentSchema.parse(change);
  return db.$transaction((tx) => assignViolationIn(tx, { violationId, change: parsed, actor }));
}
