import "server-only";
import { changeOwnPasswordSchema } from "@/lib/users/user-input";
import { recordAudit, userActor } from "../audit/record-audit";
import { hashPassword, verifyPassword } from "../auth/password";
import { revokeUserSessions, type SessionUser } from "../auth/sessions";
import { db } from "../db";
import { AppError } from "../errors";

export class WrongCurrentPassword extends AppError {
  constructor() {
    super("bad_request", "That is not your current password.");
  }
}

/** A signed-in user changes their own password; their other sessions end, this one stays signed in. */
export async function changeOwnPassword({
  user,
  input,
  now = new Date(),
}: {
  user: SessionUser;
  input: { currentPassword: string; password: string; confirmPassword: string };
  now?: Date;
}) {
  const { currentPassword, password } = changeOwnPasswordSchema.parse(input);
  const stored = await db.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
  if (!stored?.passwordHash)
    throw new AppError("conflict", "Your account signs in without a password; there is none to change.");
  if (!(await verifyPassword(currentPassword, stored.passwordHash))) throw new WrongCurrentPassword();
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash }, select: { id: true } });
    await revokeUserSessions(tx, { userId: user.id, exceptSessionId: user.sessionId, now });
    await recordAudit(tx, {
      actor: userActor(user),
      action: "user.password-changed",
      targetType: "User",
      targetId: user.id,
      details: { email: user.email },
    });
  });
}
