import "server-only";
import type { Tx } from "../db";
import { AppError } from "../errors";
import { oneClickOptOutUrl, optOutUrl } from "../onboarding/borrower-links";
import { storeEmail } from "./send-email";

type BorrowerEmail = {
  borrower: { id: string; email: string; lenderName: string | null; emailOptedOutAt: Date | null };
  subject: string;
  text: string;
};

/**
 * Writes an email to a borrower into the outbox, with the opt-out every borrower email carries: a link at the
 * foot of the text, and the List-Unsubscribe header that mail clients offer as one click. A borrower who opted
 * out gets nothing: callers check first and say why, this refuses as the last line.
 */
export function storeBorrowerEmail(tx: Tx, { borrower, subject, text }: BorrowerEmail) {
  if (borrower.emailOptedOutAt) throw new AppError("conflict", optedOutMessage(borrower.emailOptedOutAt));
  const lender = borrower.lenderName ?? "your lender";
  const footer = [
    "",
    "—",
    `You receive this email because ${lender} monitors the insurance on your loan through Coverwatch.`,
    `To stop these emails: ${optOutUrl(borrower.id)}`,
  ];
  return storeEmail(tx, {
    to: borrower.email,
    subject,
    text: [text, ...footer].join("\n"),
    unsubscribeUrl: oneClickOptOutUrl(borrower.id),
  });
}

/** What the refusal says when a borrower opted out, for the callers that check before doing any work. */
export function optedOutMessage(optedOutAt: Date) {
  return `This borrower opted out of email on ${optedOutAt.toISOString().slice(0, 10)}: nothing is sent to them.`;
}
