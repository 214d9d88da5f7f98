import "server-only";
import { z } from "zod";
import { recordAudit, userActor } from "../audit/record-audit";
import type { CurrentUser } from "../auth/current-user";
import { refreshComplianceStatus } from "../compliance/refresh-compliance-status";
import { db, type Tx } from "../db";
import { AppError } from "../errors";

// What a compliance officer does with a violation: acknowledge it, comment on it, waive it until a date.
// Each is one transaction with its audit row; a resolved violation cannot be acted on any more.

async function liveViolation(tx: Tx, violationId: string) {
  const violation = await tx.violation.findUnique({
    where: { id: violationId },
    select: { id: true, status: true, borrowerId: true },
  });
  if (!violation) throw new AppError("not_found", "Violation not found.");
  if (violation.status === "RESOLVED") throw new AppError("conflict", "This violation is already resolved.");
  return violation;
}

export async function acknowledgeViolation({
  violationId,
  actor,
}: {
  violationId: string;
  actor: CurrentUser;
}) {
  await db.$transaction(async (tx) => {
    const violation = await liveViolation(tx, violationId);
    if (violation.status !== "OPEN")
      throw new AppError("conflict", "Only an open violation can be acknowledged.");
    await tx.violation.update({
      where: { id: violationId },
      data: { status: "ACKNOWLEDGED", acknowledgedAt: new Date(), acknowledgedById: actor.id },
    });
    await recordAudit(tx, {
      actor: userActor(actor),
      action: "violation.acknowledged",
      targetType: "Violation",
      targetId: violationId,
    });
    await refreshComplianceStatus(tx, [violation.borrowerId]);
  });
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
    const violation = await tx.violation.findUnique({ where: { id: violationId }, select: { id: true } });
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
  });
}

export const waiverSchema = z.object({
  reason: z.string().trim().min(3, "Give the reason for the waiver").max(1000),
  until: z.coerce.date({ error: "Give the date the waiver ends" }),
});

/** Accepts the risk until a date; when it passes, the violation opens again (lapse-waivers.ts). */
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
  if (waiver.until.getTime() <= now.getTime())
    throw new AppError("bad_request", "A waiver must end in the future.");
  await db.$transaction(async (tx) => {
    const violation = await liveViolation(tx, violationId);
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
    await refreshComplianceStatus(tx, [violation.borrowerId], now);
  });
}
