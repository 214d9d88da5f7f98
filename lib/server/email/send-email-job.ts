import "server-only";
import { db, type Tx } from "../db";
import { enqueueInTransaction, queueNames } from "../jobs/queue";
import { notifyBorrowersChanged } from "../live/notify-borrowers-changed";
import { log } from "../log";
import { deliverStoredEmail } from "./send-email";

// The transactional outbox's second half: the job that delivers an email stored by storeEmail.

export type SendEmailJobData = { emailId: string };

/** Enqueues the delivery of a stored email, in the same transaction that stored it. */
export function enqueueEmail(tx: Tx, emailId: string) {
  return enqueueInTransaction(tx, queueNames.sendEmail, { emailId } satisfies SendEmailJobData);
}

/**
 * The `send-email` job. A failed delivery throws, so that pg-boss tries again later (with backoff); a retry of an
 * email already sent does nothing.
 */
export async function runSendEmailJob({ emailId }: SendEmailJobData, now = new Date()) {
  const email = await deliverStoredEmail(emailId, now);
  if (email && email.status !== "OUTBOX") await announceDelivery(emailId);
  if (email?.status === "FAILED")
    throw new Error(`email ${emailId} not sent: ${email.error ?? "unknown error"}`);
  return email?.status ?? null;
}

/** The record's Outreach tab shows whether its email went: tell it (best effort, after the update committed). */
async function announceDelivery(emailId: string) {
  try {
    const outreach = await db.outreach.findUnique({ where: { emailId }, select: { borrowerId: true } });
    if (outreach) await notifyBorrowersChanged(db, [outreach.borrowerId]);
  } catch (error) {
    log.warn("live update not sent", { emailId, err: error as Error });
  }
}
