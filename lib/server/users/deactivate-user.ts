import "server-only";
import { recordAudit, userActor } from "../audit/record-audit";
import type { CurrentUser } from "../auth/current-user";
import { revokeUserSessions } from "../auth/sessions";
import { db } from "../db";
import { findTeamMemberForUpdate } from "./find-team-member";
import { keepAnActiveAdmin } from "./keep-an-admin";
import { expireOpenPasswordTokens } from "./password-tokens";

/**
 * Stops a user from signing in: their open sessions end on their next request and their outstanding
 * set-password links stop working. The last active admin cannot be deactivated.
 */
export async function deactivateUser({
  userId,
  actor,
  now = new Date(),
}: {
  userId: string;
  actor: CurrentUser;
  now?: Date;
}) {
  return db.$transaction(async (tx) => {
    const user = await findTeamMemberForUpdate(tx, userId);
    if (user.disabledAt) return { name: user.name };
    await keepAnActiveAdmin(tx, { target: user, actorId: actor.id });
    await tx.user.update({ where: { id: userId }, data: { disabledAt: now }, select: { id: true } });
    await revokeUserSessions(tx, { userId, now });
    await expireOpenPasswordTokens(tx, userId, now);
    await recordAudit(tx, {
      actor: userActor(actor),
      action: "user.deactivated",
      targetType: "User",
      targetId: userId,
      details: { email: user.email },
    });
    return { name: user.name };
  });
}
