import "server-only";
import nodemailer from "nodemailer";
import { smtpTimeoutsMs } from "@/lib/webhooks/time-budget";
import { db } from "../db";
import { env } from "../env";
import { log } from "../log";

let transport: nodemailer.Transporter | null = null;

/**
 * Stores an email and sends it through SMTP when SMTP_URL is set; otherwise it stays in the outbox (shown in
 * the dashboard), so the one-command start works offline. A failed send is recorded, not thrown.
 */
export async function sendEmail({ to, subject, text }: { to: string; subject: string; text: string }) {
  if (!env.SMTP_URL) return db.emailMessage.create({ data: { to, subject, text, status: "OUTBOX" } });
  transport ??= nodemailer.createTransport(withTimeouts(env.SMTP_URL));
  try {
    await transport.sendMail({ from: env.EMAIL_FROM, to, subject, text });
    return db.emailMessage.create({ data: { to, subject, text, status: "SENT", sentAt: new Date() } });
  } catch (error) {
    const message = (error as Error).message;
    log.warn("email not sent", { error: message });
    return db.emailMessage.create({ data: { to, subject, text, status: "FAILED", error: message } });
  }
}

/** nodemailer reads its options from the URL's query: add our timeouts where the operator has not set them. */
function withTimeouts(smtpUrl: string) {
  const url = new URL(smtpUrl);
  for (const [option, ms] of Object.entries(smtpTimeoutsMs))
    if (!url.searchParams.has(option)) url.searchParams.set(option, String(ms));
  return url.toString();
}
