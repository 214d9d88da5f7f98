import "server-only";
import { userState } from "@/lib/users/user-state";
import { recordAudit, userActor } from "../audit/record-audit";
import type { CurrentUser } from "../auth/current-user";
import { db } from "../db";
import { AppError } from "../errors";
import { getQueue } from "../jobs/queue";
import { findTeamMemberForUpdate } from "./find-team-member";
import { writePasswordEmail } from "./write-password-email";

/**
 * Emails a user a new set-password link: the invitation again for someone who never set a password, a password
 * reset for everyone else. Earlier links stop working. The password itself changes only when the link is used.
 */
export async function sendPasswordLink({
  userId,
  actor,
  now = new Date(),
}: {
  userId: string;
  actor: CurrentUser;
  now?: Date;
}) {
  await getQueue();
  return db.$transaction(async (tx) => {
    const user = await findTeamMemberForUpdate(tx, userId);
    const state = userState(user);
    if (state === "deactivated")
      throw new AppError("conflict", `${user.name} is deactivated. Reactivate them first.`);
    const purpose = state === "invited" ? "INVITE" : "RESET";
    const { emailId } = await writePasswordEmail(tx, { user, purpose, senderName: actor.name, now });
    await recordAudit(tx, {
      actor: userActor(actor),
      action: purpose === "INVITE" ? "user.invite-resent" : "user.password-reset-sent",
      targetType: "User",
      targetId: userId,
      details: { email: user.email },
    });
    return { purpose, email: user.email, emailId };
  });
}
