import "server-only";
import { z } from "zod";
import { type Waiver, waiverEndProblem, waiverSchema } from "@/lib/violations/violation-inputs";
import { recordAudit, userActor } from "../audit/record-audit";
import type { CurrentUser } from "../auth/current-user";
import { refreshComplianceStatus } from "../compliance/refresh-compliance-status";
import { db, type Tx } from "../db";
import { AppError } from "../errors";
import { emitEvent } from "../integrations/emit-event";
import { violationEventData } from "../integrations/event-refs";
import { notifyBorrowersChanged } from "../live/notify-borrowers-changed";

// What a compliance officer does with a violation: acknowledge it, comment on it, waive it until a date.
// Each is one transaction with its audit row; a resolved violation cannot be acted on any more. The `…In`
// forms run inside a caller's transaction: the queue's bulk actions call them once per violation.

export async function liveViolation(tx: Tx, violationId: string) {
  const violation = await tx.violation.findUnique({
    where: { id: violationId },
    select: { id: true, status: true, borrowerId: true },
  });
  if (!violation) throw new AppError("not_found", "Violation not found.");
  if (violation.status === "RESOLVED") throw new AppError("conflict", "This violation is already resolved.");
  return violation;
}

/**
 * Acknowledges an open violation inside the caller's transaction, with its audit row and the borrower's status.
 * An acknowledged one is left as it is (false: nothing changed, nothing audited), so a repeat is harmless.
 */
export async function acknowledgeViolationIn(
  tx: Tx,
  { violationId, actor, now = new Date() }: { violationId: string; actor: CurrentUser; now?: Date },
): Promise<boolean> {
  const violation = await liveViolation(tx, violationId);
  if (violation.status === "ACKNOWLEDGED") return false;
  if (violation.status !== "OPEN")
    throw new AppError("conflict", "Only an open violation can be acknowledged.");
  await tx.violation.update({
    where: { id: violationId },
    data: { status: "ACKNOWLEDGED", acknowledgedAt: now, acknowledgedById: actor.id },
  });
  await recordAudit(tx, {
    actor: userActor(actor),
    action: "violation.acknowledged",
    targetType: "Violation",
    targetId: violationId,
  });
  await refreshComplianceStatus(tx, [violation.borrowerId], now);
  return true;
}

export function acknowledgeViolation({ violationId, actor }: { violationId: string; actor: CurrentUser }) {
  return db.$transaction((tx) => acknowledgeViolationIn(tx, { violationId, actor }));
}

export const commentSchema = z.string().trim().min(1, "Write a comment").max(2000);

export async function commentOnViolation({
  violationId,
  body,
  actor,
}: {
  violationId: string;
  body: string;
  actor: CurrentUser;
}) {
  const text = commentSchema.parse(body);
  await db.$transaction(async (tx) => {
    const violation = await tx.violation.findUnique({
      where: { id: violationId },
      select: { id: true, borrowerId: true },
    });
    if (!violation) throw new AppError("not_found", "Violation not found.");
    const comment = await tx.violationComment.create({
      data: { violationId, authorId: actor.id, body: text },
    });
    await recordAudit(tx, {
      actor: userActor(actor),
      action: "violation.commented",
      targetType: "Violation",
      targetId: violationId,
      details: { commentId: comment.id },
    });
    // A comment moves no status, but the record and the queue show it.
    await notifyBorrowersChanged(tx, [violation.borrowerId]);
  });
}

/**
 * Accepts the risk until a date, inside the caller's transaction; when the date passes, the violation opens
 * again (lapse-waivers.ts). The same waiver again changes nothing (false) and writes no second audit row.
 */
export async function waiveViolationIn(
  tx: Tx,
  {
    violationId,
    waiver,
    actor,
    now = new Date(),
  }: { violationId: string; waiver: Waiver; actor: CurrentUser; now?: Date },
): Promise<boolean> {
  const problem = waiverEndProblem(waiver.until, now);
  if (problem) throw new AppError("bad_request", problem);
  const violation = await liveViolation(tx, violationId);
  const current = await tx.violation.findUniqueOrThrow({
    where: { id: violationId },
    select: { waivedUntil: true, waiverReason: true },
  });
  if (
    violation.status === "WAIVED" &&
    current.waivedUntil?.getTime() === waiver.until.getTime() &&
    current.waiverReason === waiver.reason
  )
    return false;
  await tx.violation.update({
    where: { id: violationId },
    data: {
      status: "WAIVED",
      waivedAt: now,
      waivedById: actor.id,
      waivedUntil: waiver.until,
      waiverReason: waiver.reason,
    },
  });
  await recordAudit(tx, {
    actor: userActor(actor),
    action: "violation.waived",
    targetType: "Violation",
    targetId: violationId,
    details: { reason: waiver.reason, until: waiver.until.toISOString() },
  });
  await emitEvent(tx, "violation.waived", {
    ...(await violationEventData(tx, violationId)),
    waivedUntil: waiver.until.toISOString(),
    reason: waiver.reason,
  });
  await refreshComplianceStatus(tx, [violation.borrowerId], now);
  return true;
}

export async function waiveViolation({
  violationId,
  reason,
  until,
  actor,
  now = new Date(),
}: {
  violationId: string;
  reason: string;
  until: Date | string;
  actor: CurrentUser;
  now?: Date;
}) {
  const waiver = waiverSchema.parse({ reason, until });
  await db.$transaction((tx) => waiveViolationIn(tx, { violationId, waiver, actor, now }));
}
