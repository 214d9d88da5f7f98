import "server-only";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db";
import { notifyBorrowersChanged } from "../live/notify-borrowers-changed";
import { isOptOutSignature } from "./borrower-links";

export type OptOutPage =
  | { state: "invalid" }
  | { state: "ready" | "done"; lenderName: string | null; optedOutAt: Date | null };

/** What the opt-out link's page shows: the lender's name, and whether the borrower has opted out already. */
export async function readOptOut(borrowerId: string, signature: unknown): Promise<OptOutPage> {
  if (!borrowerId || !isOptOutSignature(signature, borrowerId)) return { state: "invalid" };
  const borrower = await db.borrower.findUnique({
    where: { id: borrowerId },
    select: { lenderName: true, emailOptedOutAt: true },
  });
  if (!borrower) return { state: "invalid" };
  return {
    state: borrower.emailOptedOutAt ? "done" : "ready",
    lenderName: borrower.lenderName,
    optedOutAt: borrower.emailOptedOutAt,
  };
}

/**
 * Records a borrower's opt-out from email, from the page's button or a mail client's one-click POST. Safe to
 * repeat: the first time is kept, and audited once. False when the link is not one Coverwatch signed.
 */
export async function optOutOfEmail({
  borrowerId,
  signature,
  via,
  now = new Date(),
}: {
  borrowerId: string;
  signature: unknown;
  via: "page" | "one-click";
  now?: Date;
}): Promise<boolean> {
  if (!borrowerId || !isOptOutSignature(signature, borrowerId)) return false;
  return db.$transaction(async (tx) => {
    if (!(await tx.borrower.findUnique({ where: { id: borrowerId }, select: { id: true } }))) return false;
    const { count } = await tx.borrower.updateMany({
      where: { id: borrowerId, emailOptedOutAt: null },
      data: { emailOptedOutAt: now },
    });
    if (count === 1) {
      await recordAudit(tx, {
        actor: "borrower",
        action: "borrower.opted-out",
        targetType: "Borrower",
        targetId: borrowerId,
        details: { via },
      });
      // An open record shows the flag, and stops offering email actions.
      await notifyBorrowersChanged(tx, [borrowerId]);
    }
    return true;
  });
}
