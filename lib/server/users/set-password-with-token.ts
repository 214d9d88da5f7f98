import "server-only";
import { newPasswordSchema } from "@/lib/users/user-input";
import { recordAudit } from "../audit/record-audit";
import { hashPassword } from "../auth/password";
import { revokeUserSessions } from "../auth/sessions";
import { db } from "../db";
import { AppError } from "../errors";
import { checkPasswordToken, expireOpenPasswordTokens } from "./password-tokens";

export class PasswordLinkInvalid extends AppError {
  constructor(readonly reason: "expired" | "used" | "unknown") {
    super("bad_request", "This link no longer works.");
  }
}

/**
 * Sets a password from an invitation or reset link. The token is consumed by one conditional update (unused and
 * unexpired at `now`), so two submissions of the same link cannot both succeed. Every session of the user ends:
 * whoever had their old password is signed out.
 */
export async function setPasswordWithToken({
  token,
  password,
  confirmPassword,
  now = new Date(),
}: {
  token: string;
  password: string;
  confirmPassword: string;
  now?: Date;
}) {
  const input = newPasswordSchema.parse({ password, confirmPassword });
  const check = await checkPasswordToken(token, now);
  if (check.status !== "valid") throw new PasswordLinkInvalid(check.status);
  const passwordHash = await hashPassword(input.password);
  const { user, purpose, tokenId } = check;
  await db.$transaction(async (tx) => {
    const consumed = await tx.passwordToken.updateMany({
      where: { id: tokenId, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (consumed.count !== 1) throw new PasswordLinkInvalid("used");
    const updated = await tx.user.updateMany({
      where: { id: user.id, disabledAt: null },
      data: { passwordHash },
    });
    if (updated.count !== 1) throw new PasswordLinkInvalid("unknown");
    await expireOpenPasswordTokens(tx, user.id, now);
    await revokeUserSessions(tx, { userId: user.id, now });
    await recordAudit(tx, {
      actor: { id: user.id, label: user.email },
      action: purpose === "INVITE" ? "user.invite-accepted" : "user.password-reset",
      targetType: "User",
      targetId: user.id,
      details: { email: user.email },
    });
  });
  return { email: user.email, purpose };
}
