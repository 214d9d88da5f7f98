import "server-only";
import nodemailer from "nodemailer";
import { smtpTimeoutsMs } from "@/lib/email/smtp-timeouts";
import { db, type Tx } from "../db";
import { env } from "../env";
import { log } from "../log";
import { emailMetrics } from "../metrics/email-metrics";

// Every email is first stored (status OUTBOX), then delivered from the stored row. Without SMTP_URL it stays in
// the outbox, shown in the dashboard, so the one-command start works offline.

let transport: nodemailer.Transporter | null = null;

export type EmailContent = { to: string; subject: string; text: string; unsubscribeUrl?: string };

/**
 * Writes an email to the outbox inside the caller's transaction, so it exists exactly when the change that
 * caused it commits; a `send-email` job (enqueueEmail) delivers it afterwards. `isSensitive` marks text that
 * only user managers may read in the outbox (a set-password link).
 */
export function storeEmail(
  tx: Tx,
  { isSensitive = false, ...content }: EmailContent & { isSensitive?: boolean },
) {
  return tx.emailMessage.create({
    data: { ...content, isSensitive, status: "OUTBOX" },
    select: { id: true },
  });
}

/**
 * Sends a stored email through SMTP and records the outcome (SENT, or FAILED with the reason; never thrown).
 * Safe to repeat: an email already sent is left alone, so a retried job does not send it twice. Without SMTP the
 * email stays in the outbox. Answers the row as it now stands, or null when there is no such email.
 */
export async function deliverStoredEmail(emailId: string, now = new Date()) {
  const email = await db.emailMessage.findUnique({ where: { id: emailId } });
  if (!email || email.status === "SENT" || !env.SMTP_URL) return email;
  transport ??= nodemailer.createTransport(withTimeouts(env.SMTP_URL));
  try {
    await transport.sendMail({
      from: env.EMAIL_FROM,
      to: email.to,
      subject: email.subject,
      text: email.text,
      // A borrower email's opt-out, as mail clients show it: one click, no page (RFC 8058).
      ...(email.unsubscribeUrl
        ? {
            list: { unsubscribe: email.unsubscribeUrl },
            headers: { "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
          }
        : {}),
    });
  } catch (error) {
    emailMetrics.sent("failed");
    // Only the kind of SMTP failure is logged: the error's message and properties quote the recipient's address.
    const smtp = error as { code?: string; responseCode?: number; command?: string };
    log.warn("email not sent", {
      emailId,
      code: smtp.code,
      responseCode: smtp.responseCode,
      command: smtp.command,
    });
    const message = (error as Error).message;
    return db.emailMessage.update({ where: { id: emailId }, data: { status: "FAILED", error: message } });
  }
  emailMetrics.sent("sent");
  return db.emailMessage.update({
    where: { id: emailId },
    data: { status: "SENT", sentAt: now, error: null },
  });
}

/** nodemailer reads its options from the URL's query: add our timeouts where the operator has not set them. */
function withTimeouts(smtpUrl: string) {
  const url = new URL(smtpUrl);
  for (const [option, ms] of Object.entries(smtpTimeoutsMs))
    if (!url.searchParams.has(option)) url.searchParams.set(option, String(ms));
  return url.toString();
}
