import "server-only";
import { db } from "../db";
import { requestIgnition, saveSession } from "../ignition/start-ignition";
import { log } from "../log";
import { inviteeSelect, lockInvites, recordInviteIn } from "./record-invite";
import { usableSession } from "./usable-session";

const dayMs = 24 * 60 * 60 * 1000;

/**
 * Chases invited borrowers who have not connected, on their profile's `chaseDays` after the invitation (for
 * example days 3, 7 and 14). Each step is sent once (`Outreach(borrowerId, inviteStep)` is unique), and only
 * the latest step due: a borrower two steps behind gets one email, not two. The chase stops by itself when the
 * borrower connects (a connection exists, descoped or not) or opts out. A link that no longer works is
 * replaced by a new one in the chase. Returns how many chases were sent.
 */
export async function sendDueChases(now = new Date()): Promise<number> {
  const invitations = await db.outreach.findMany({
    where: {
      inviteStep: 0,
      borrower: { connections: { none: {} }, emailOptedOutAt: null },
    },
    select: {
      createdAt: true,
      borrowerId: true,
      borrower: {
        select: {
          requirementProfile: { select: { chaseDays: true } },
          outreach: { where: { inviteStep: { not: null } }, select: { inviteStep: true } },
        },
      },
    },
  });
  const fallback = await db.requirementProfile.findFirst({
    where: { isDefault: true, retiredAt: null },
    select: { chaseDays: true },
  });

  let sent = 0;
  for (const invitation of invitations) {
    const cadence = invitation.borrower.requirementProfile?.chaseDays ?? fallback?.chaseDays ?? [];
    const step = dueStep(cadence, invitation.createdAt, now);
    const latestSent = Math.max(...invitation.borrower.outreach.map((row) => row.inviteStep ?? 0));
    if (step === null || step <= latestSent) continue;
    try {
      if (await chase(invitation.borrowerId, step, now)) sent += 1;
    } catch (error) {
      log.error("invitation reminder failed", {
        borrowerId: invitation.borrowerId,
        step,
        err: error as Error,
      });
    }
  }
  return sent;
}

/** The latest step of the cadence whose day has come (1 for the first), or null before the first. */
export function dueStep(cadence: number[], invitedAt: Date, now: Date): number | null {
  const due = [...cadence]
    .sort((a, b) => a - b)
    .filter((days) => invitedAt.getTime() + days * dayMs <= now.getTime());
  return due.length > 0 ? due.length : null;
}

/** One chase: the borrower's link, re-issued when it no longer works, emailed again. False when not due after all. */
async function chase(borrowerId: string, step: number, now: Date): Promise<boolean> {
  const latest = await db.ignitionSession.findFirst({
    where: { borrowerId },
    orderBy: { createdAt: "desc" },
    select: { id: true, status: true, createdAt: true },
  });
  const reusable = usableSession(latest ?? undefined, now);
  const borrower = await db.borrower.findUniqueOrThrow({
    where: { id: borrowerId },
    select: { ...inviteeSelect, lastName: true },
  });
  const fresh = reusable ? null : await requestIgnition(borrower);
  return db.$transaction(async (tx) => {
    await lockInvites(tx, borrowerId);
    const current = await tx.borrower.findUniqueOrThrow({
      where: { id: borrowerId },
      select: {
        ...inviteeSelect,
        _count: { select: { connections: true } },
        outreach: { where: { inviteStep: { gte: step } }, select: { id: true } },
      },
    });
    // Connected, opted out, or chased by another run meanwhile.
    if (current._count.connections > 0 || current.emailOptedOutAt || current.outreach.length > 0)
      return false;
    if (fresh) await saveSession(tx, { session: fresh, borrowerId, actor: null });
    await recordInviteIn(tx, {
      borrower: current,
      ignitionSessionId: reusable?.id ?? (fresh?.id as string),
      step,
      actor: null,
    });
    return true;
  });
}
