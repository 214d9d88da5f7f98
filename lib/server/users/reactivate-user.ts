import "server-only";
import { recordAudit, userActor } from "../audit/record-audit";
import type { CurrentUser } from "../auth/current-user";
import { db } from "../db";
import { findTeamMemberForUpdate } from "./find-team-member";

/** Lets a deactivated user sign in again (their old sessions stay ended: they sign in anew). */
export async function reactivateUser({ userId, actor }: { userId: string; actor: CurrentUser }) {
  return db.$transaction(async (tx) => {
    const user = await findTeamMemberForUpdate(tx, userId);
    if (!user.disabledAt) return { name: user.name };
    await tx.user.update({ where: { id: userId }, data: { disabledAt: null }, select: { id: true } });
    await recordAudit(tx, {
      actor: userActor(actor),
      action: "user.reactivated",
      targetType: "User",
      targetId: userId,
      details: { email: user.email },
    });
    return { name: user.name };
  });
}
