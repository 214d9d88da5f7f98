import "server-only";
import type { Role } from "@/lib/auth/permissions";
import { roleSchema } from "@/lib/users/user-input";
import { recordAudit, userActor } from "../audit/record-audit";
import type { CurrentUser } from "../auth/current-user";
import { db } from "../db";
import { findTeamMemberForUpdate } from "./find-team-member";
import { keepAnActiveAdmin } from "./keep-an-admin";

/** Gives a user another role; it applies on their next request. The last active admin cannot be demoted. */
export async function changeUserRole({
  userId,
  role: rawRole,
  actor,
}: {
  userId: string;
  role: string;
  actor: CurrentUser;
}) {
  const role: Role = roleSchema.parse(rawRole);
  return db.$transaction(async (tx) => {
    const user = await findTeamMemberForUpdate(tx, userId);
    if (user.role === role) return { changed: false, name: user.name };
    if (role !== "ADMIN") await keepAnActiveAdmin(tx, { target: user, actorId: actor.id });
    await tx.user.update({ where: { id: userId }, data: { role }, select: { id: true } });
    await recordAudit(tx, {
      actor: userActor(actor),
      action: "user.role-changed",
      targetType: "User",
      targetId: userId,
      details: { email: user.email, from: user.role, to: role },
    });
    return { changed: true, name: user.name };
  });
}
