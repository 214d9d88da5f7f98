import "server-only";
import { isReconnectReason, reconnectEmail } from "@/lib/outreach/reconnect-email";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db";
import { enqueueEmail } from "../email/send-email-job";
import { storeBorrowerEmail } from "../email/store-borrower-email";
import { notifyBorrowersChanged } from "../live/notify-borrowers-changed";
import { landingUrl } from "../onboarding/borrower-links";

const dayMs = 24 * 60 * 60 * 1000;

/**
 * Reminders on the profile's cadence (e.g. 7 and 14 days after the first request), while the violation stays
 * open and the borrower is still monitored. Each reminder goes once: reminder n exists or it is sent now.
 */
export async function sendDueReminders(now = new Date()): Promise<number> {
  const requests = await db.outreach.findMany({
    where: {
      reminderNumber: 0,
      violation: { status: { in: ["OPEN", "ACKNOWLEDGED"] } },
      borrower: { connections: { some: { isMonitoring: true } }, emailOptedOutAt: null },
    },
    select: {
      id: true,
      createdAt: true,
      reason: true,
      borrowerId: true,
      violationId: true,
      ignitionSessionId: true,
      ignitionSession: { select: { uri: true } },
      violation: { select: { message: true } },
      borrower: {
        select: {
          id: true,
          firstName: true,
          email: true,
          lenderName: true,
          emailOptedOutAt: true,
          requirementProfile: { select: { reminderDays: true } },
        },
      },
    },
  });
  const defaultProfile = await db.requirementProfile.findFirst({
    where: { isDefault: true, retiredAt: null },
    select: { reminderDays: true },
  });

  let sent = 0;
  for (const request of requests) {
    const cadence = request.borrower.requirementProfile?.reminderDays ?? defaultProfile?.reminderDays ?? [];
    const due = cadence
      .map((days, index) => ({ reminderNumber: index + 1, at: request.createdAt.getTime() + days * dayMs }))
      .filter((step) => step.at <= now.getTime());
    if (due.length === 0 || !request.ignitionSession || !isReconnectReason(request.reason)) continue;
    const already = await db.outreach.findMany({
      where: {
        violationId: request.violationId,
        reminderNumber: { in: due.map((step) => step.reminderNumber) },
      },
      select: { reminderNumber: true },
    });
    // Only the latest due step: a borrower who was away for two steps gets one reminder, not two at once.
    const next = due
      .filter((step) => !already.some((row) => row.reminderNumber === step.reminderNumber))
      .at(-1);
    if (!next || already.some((row) => row.reminderNumber > next.reminderNumber)) continue;

    const content = reconnectEmail({
      borrowerFirstName: request.borrower.firstName,
      lenderName: request.borrower.lenderName,
      reason: request.reason,
      detail: request.reason === "requirement-failing" ? request.violation?.message : undefined,
      link: landingUrl(request.ignitionSessionId as string),
      reminderNumber: next.reminderNumber,
    });
    // One transaction: the reminder's email, its record, the audit row and the job that sends it.
    await db.$transaction(async (tx) => {
      const email = await storeBorrowerEmail(tx, { borrower: request.borrower, ...content });
      const reminder = await tx.outreach.create({
        data: {
          borrowerId: request.borrowerId,
          violationId: request.violationId,
          ignitionSessionId: request.ignitionSessionId,
          reason: request.reason,
          reminderNumber: next.reminderNumber,
          emailId: email.id,
        },
      });
      await recordAudit(tx, {
        actor: "system",
        action: "outreach.reminded",
        targetType: "Borrower",
        targetId: request.borrowerId,
        details: { outreachId: reminder.id, reminderNumber: next.reminderNumber, emailId: email.id },
      });
      await enqueueEmail(tx, email.id);
      await notifyBorrowersChanged(tx, [request.borrowerId]);
    });
    sent += 1;
  }
  return sent;
}
