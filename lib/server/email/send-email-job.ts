import "server-only";
import type { Tx } from "../db";
import { enqueueInTransaction, queueNames } from "../jobs/queue";
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
  if (email?.status === "FAILED")
    throw new Error(`email ${emailId} not sent: ${email.error ?? "unknown error"}`);
  return email?.status ?? null;
}
