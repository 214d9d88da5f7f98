import "server-only";
import type { CurrentUser } from "../auth/current-user";
import { db } from "../db";
import { optedOutMessage } from "../email/store-borrower-email";
import { AppError } from "../errors";
import { requestIgnition, saveSession } from "../ignition/start-ignition";
import { settleBorrowerIn } from "../requirements/evaluate-borrower";
import { inviteeSelect, lockInvites, recordInviteIn } from "./record-invite";
import { usableSession } from "./usable-session";

/**
 * Invites a borrower who has never connected: one email with the landing page's link, then chases on their
 * profile's cadence (send-due-chases.ts). The borrower's latest Ignition link is reused while it still works;
 * otherwise Axle is asked for a new one first, outside the transaction (an unused session costs nothing).
 * Refused, in words, for a borrower already connected, already invited, or opted out of email.
 */
export async function inviteBorrower({
  borrowerId,
  actor,
  now = new Date(),
}: {
  borrowerId: string;
  actor: CurrentUser | null;
  now?: Date;
}) {
  const borrower = await db.borrower.findUnique({
    where: { id: borrowerId },
    select: {
      ...inviteeSelect,
      lastName: true,
      _count: { select: { connections: true } },
      outreach: { where: { inviteStep: 0 }, select: { createdAt: true } },
      ignitionSessions: {
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { id: true, status: true, createdAt: true },
      },
    },
  });
  if (!borrower) throw new AppError("not_found", "Borrower not found.");
  const refusal = invitationRefusal(borrower);
  if (refusal) throw new AppError("conflict", refusal);

  const reusable = usableSession(borrower.ignitionSessions[0], now);
  const fresh = reusable ? null : await requestIgnition(borrower);
  return db.$transaction(async (tx) => {
    await lockInvites(tx, borrowerId);
    const current = await tx.borrower.findUniqueOrThrow({
      where: { id: borrowerId },
      select: {
        ...inviteeSelect,
        _count: { select: { connections: true } },
        outreach: { where: { inviteStep: 0 }, select: { createdAt: true } },
      },
    });
    const raced = invitationRefusal(current);
    if (raced) throw new AppError("conflict", raced);
    if (fresh) await saveSession(tx, { session: fresh, borrowerId, actor });
    const sent = await recordInviteIn(tx, {
      borrower: current,
      ignitionSessionId: reusable?.id ?? (fresh?.id as string),
      step: 0,
      actor,
    });
    // A first link starts the connect-by rule's clock.
    if (fresh) await settleBorrowerIn(tx, borrowerId, now);
    return sent;
  });
}

type Candidate = {
  emailOptedOutAt: Date | null;
  _count: { connections: number };
  outreach: { createdAt: Date }[];
};

/** Why a borrower cannot be invited, in words; null when they can. */
export function invitationRefusal({ emailOptedOutAt, _count, outreach }: Candidate): string | null {
  if (emailOptedOutAt) return optedOutMessage(emailOptedOutAt);
  if (_count.connections > 0)
    return "This borrower has connected already: there is nothing to invite them to.";
  const invited = outreach[0];
  if (invited)
    return `This borrower was invited on ${invited.createdAt.toISOString().slice(0, 10)}; reminders follow on their profile's cadence.`;
  return null;
}
