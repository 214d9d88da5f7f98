import "server-only";
import { isReconnectReason, type ReconnectReason, reconnectEmail } from "@/lib/outreach/reconnect-email";
import { recordAudit, userActor } from "../audit/record-audit";
import type { CurrentUser } from "../auth/current-user";
import { db } from "../db";
import { sendEmail } from "../email/send-email";
import { AppError } from "../errors";
import { startIgnitionForBorrower } from "../ignition/start-ignition";

type Request = { borrowerId: string; violationId?: string; actor: CurrentUser | null };

/**
 * "Ask borrower to reconnect": a new Ignition session, its link emailed with words chosen by the reason, and
 * the outreach recorded (when, to whom, why, delivered or not). Reminders follow (send-due-reminders.ts).
 */
export async function requestReconnect({ borrowerId, violationId, actor }: Request) {
  const borrower = await db.borrower.findUnique({
    where: { id: borrowerId },
    select: {
      firstName: true,
      email: true,
      lenderName: true,
      connections: { select: { connectionStatus: true, isMonitoring: true } },
      violations: {
        where: violationId ? { id: violationId } : { status: { not: "RESOLVED" } },
        orderBy: { firstSeenAt: "asc" },
        take: 1,
      },
    },
  });
  if (!borrower) throw new AppError("not_found", "Borrower not found.");
  const violation = borrower.violations[0];
  if (violationId && !violation) throw new AppError("not_found", "Violation not found.");
  const reason = reasonFor(violation, borrower.connections);

  const { ignitionSessionId } = await startIgnitionForBorrower(borrowerId, actor);
  const session = await db.ignitionSession.findUniqueOrThrow({
    where: { id: ignitionSessionId },
    select: { uri: true },
  });
  const content = reconnectEmail({
    borrowerFirstName: borrower.firstName,
    lenderName: borrower.lenderName,
    reason,
    detail: reason === "requirement-failing" ? violation?.message : undefined,
    link: session.uri,
    reminderNumber: 0,
  });
  const email = await sendEmail({ to: borrower.email, ...content });
  return db.$transaction(async (tx) => {
    const outreach = await tx.outreach.create({
      data: {
        borrowerId,
        violationId: violation?.id,
        ignitionSessionId,
        reason,
        requestedById: actor?.id,
        emailId: email.id,
      },
    });
    await recordAudit(tx, {
      actor: actor ? userActor(actor) : "system",
      action: "outreach.requested",
      targetType: "Borrower",
      targetId: borrowerId,
      details: {
        outreachId: outreach.id,
        reason,
        violationId: violation?.id ?? null,
        delivery: email.status,
      },
    });
    return { outreach, email };
  });
}

/** The disconnection's own status when the account is down; a removed policy; otherwise a failing requirement. */
function reasonFor(
  violation: { ruleKey: string; evidence: unknown } | undefined,
  connections: { connectionStatus: string }[],
): ReconnectReason {
  const down = connections
    .map((connection) => connection.connectionStatus)
    .find((status) => status !== "active" && isReconnectReason(status));
  if (down && isReconnectReason(down)) return down;
  if (
    violation?.ruleKey === "policy-active" &&
    (violation.evidence as { found?: string } | null)?.found === "active flag is null"
  )
    return "policy-removed";
  return "requirement-failing";
}
