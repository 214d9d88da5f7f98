import "server-only";
import { isReconnectReason, type ReconnectReason, reconnectEmail } from "@/lib/outreach/reconnect-email";
import { recordAudit, userActor } from "../audit/record-audit";
import type { CurrentUser } from "../auth/current-user";
import { db } from "../db";
import { enqueueEmail } from "../email/send-email-job";
import { optedOutMessage, storeBorrowerEmail } from "../email/store-borrower-email";
import { AppError } from "../errors";
import { requestIgnition, saveSession } from "../ignition/start-ignition";
import { notifyBorrowersChanged } from "../live/notify-borrowers-changed";
import { landingUrl } from "../onboarding/borrower-links";

type Request = {
  borrowerId: string;
  violationId?: string;
  actor: CurrentUser | null;
  /** The disconnection an automatic request answers (ask-once-per-disconnection.ts). */
  answering?: { connectionId: string; disconnectedAt: Date };
};

/**
 * "Ask borrower to reconnect": a new Ignition session, its link emailed with words chosen by the reason, and
 * the outreach recorded (when, to whom, why); the `send-email` job delivers it and records the outcome.
 * Reminders follow (send-due-reminders.ts). Axle is asked for the session first; then the session, the email,
 * the outreach, their audit rows and the job are one transaction: a failure records none of them (Axle's
 * unused session simply expires), so a retry records each once.
 */
export async function requestReconnect({ borrowerId, violationId, actor, answering }: Request) {
  const borrower = await db.borrower.findUnique({
    where: { id: borrowerId },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      email: true,
      lenderName: true,
      emailOptedOutAt: true,
      connections: { select: { connectionStatus: true, isMonitoring: true } },
      violations: {
        // A waived violation does not count against the borrower: it is no reason to write.
        where: violationId ? { id: violationId } : { status: { in: ["OPEN", "ACKNOWLEDGED"] } },
        orderBy: { firstSeenAt: "asc" },
        take: 1,
      },
    },
  });
  if (!borrower) throw new AppError("not_found", "Borrower not found.");
  // Descope is final: a new link would turn monitoring back on when completed. An admin re-monitors
  // deliberately, with a new Ignition link from the record (audited).
  if (borrower.connections.length > 0 && borrower.connections.every((connection) => !connection.isMonitoring))
    throw new AppError("conflict", "Monitoring has stopped for this borrower: no reconnect email is sent.");
  if (borrower.emailOptedOutAt) throw new AppError("conflict", optedOutMessage(borrower.emailOptedOutAt));
  const violation = borrower.violations[0];
  if (violationId && !violation) throw new AppError("not_found", "Violation not found.");
  const reason = reasonFor(violation, borrower.connections);

  const session = await requestIgnition(borrower);
  const content = reconnectEmail({
    borrowerFirstName: borrower.firstName,
    lenderName: borrower.lenderName,
    reason,
    detail: reason === "requirement-failing" ? violation?.message : undefined,
    // Through the lender's page, like an invitation: it says who asks and why before the hand-off to Axle.
    link: landingUrl(session.id),
    reminderNumber: 0,
  });
  // The email, its outreach record, the audit row and the job that sends it are one transaction (an outbox):
  // no email without its record, and no record claiming a send that has not happened.
  return db.$transaction(async (tx) => {
    await saveSession(tx, { session, borrowerId, actor });
    const email = await storeBorrowerEmail(tx, { borrower, ...content });
    const outreach = await tx.outreach.create({
      data: {
        borrowerId,
        violationId: violation?.id,
        ignitionSessionId: session.id,
        reason,
        requestedById: actor?.id,
        emailId: email.id,
        connectionId: answering?.connectionId,
        disconnectedAt: answering?.disconnectedAt,
      },
    });
    await recordAudit(tx, {
      actor: actor ? userActor(actor) : "system",
      action: "outreach.requested",
      targetType: "Borrower",
      targetId: borrowerId,
      details: { outreachId: outreach.id, reason, violationId: violation?.id ?? null, emailId: email.id },
    });
    await enqueueEmail(tx, email.id);
    await notifyBorrowersChanged(tx, [borrowerId]);
    return { outreach, email: { id: email.id, to: borrower.email } };
  });
}

/**
 * Why we ask, so the email says nothing false: the disconnection's own status when the account is down; a
 * removed policy; a failing requirement when one is open; a first connection for a borrower who never
 * connected; otherwise a plain check-in.
 */
export function reasonFor(
  violation: { ruleKey: string; evidence: unknown } | undefined,
  connections: { connectionStatus: string }[],
): ReconnectReason {
  if (connections.length === 0) return "not-connected";
  const down = connections
    .map((connection) => connection.connectionStatus)
    .find((status) => status !== "active" && isReconnectReason(status));
  if (down && isReconnectReason(down)) return down;
  if (
    violation?.ruleKey === "policy-active" &&
    (violation.evidence as { found?: string } | null)?.found === "active flag is null"
  )
    return "policy-removed";
  return violation ? "requirement-failing" : "check-in";
}
