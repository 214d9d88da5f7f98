import "server-only";
import { inviteEmail } from "@/lib/outreach/invite-email";
import { inviteReason } from "@/lib/outreach/outreach-words";
import { recordAudit, userActor } from "../audit/record-audit";
import type { CurrentUser } from "../auth/current-user";
import type { Tx } from "../db";
import { enqueueEmail } from "../email/send-email-job";
import { storeBorrowerEmail } from "../email/store-borrower-email";
import { notifyBorrowersChanged } from "../live/notify-borrowers-changed";
import { landingUrl } from "./borrower-links";

export type Invitee = {
  id: string;
  firstName: string;
  email: string;
  lenderName: string | null;
  emailOptedOutAt: Date | null;
};

export const inviteeSelect = {
  id: true,
  firstName: true,
  email: true,
  lenderName: true,
  emailOptedOutAt: true,
} as const;

/**
 * An invitation (step 0) or a chase (1, 2…): the email with the landing page's link, its outreach record, the
 * audit row and the job that sends it, inside the caller's transaction. `Outreach(borrowerId, inviteStep)` is
 * unique: a step is recorded once, whoever tries again. Callers hold the borrower's invite lock
 * (lockInvites) and have checked the step is not there yet.
 */
export async function recordInviteIn(
  tx: Tx,
  {
    borrower,
    ignitionSessionId,
    step,
    actor,
  }: { borrower: Invitee; ignitionSessionId: string; step: number; actor: CurrentUser | null },
) {
  const content = inviteEmail({
    borrowerFirstName: borrower.firstName,
    lenderName: borrower.lenderName,
    link: landingUrl(ignitionSessionId),
    step,
  });
  const email = await storeBorrowerEmail(tx, { borrower, ...content });
  const outreach = await tx.outreach.create({
    data: {
      borrowerId: borrower.id,
      ignitionSessionId,
      reason: inviteReason,
      reminderNumber: step,
      inviteStep: step,
      requestedById: actor?.id,
      emailId: email.id,
    },
    select: { id: true },
  });
  await recordAudit(tx, {
    actor: actor ? userActor(actor) : "system",
    action: step === 0 ? "outreach.invited" : "outreach.chased",
    targetType: "Borrower",
    targetId: borrower.id,
    details: { outreachId: outreach.id, step, ignitionSessionId, emailId: email.id },
  });
  await enqueueEmail(tx, email.id);
  // An open record's Outreach tab shows it.
  await notifyBorrowersChanged(tx, [borrower.id]);
  return { outreachId: outreach.id, emailId: email.id };
}

/** Serialises invitations and chases of one borrower until the transaction ends. */
export function lockInvites(tx: Tx, borrowerId: string) {
  return tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`invite:${borrowerId}`}))`;
}
