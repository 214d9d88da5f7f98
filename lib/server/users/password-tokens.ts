import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { PasswordTokenPurpose } from "@/generated/prisma/enums";
import { passwordLinkLifetimeHours } from "@/lib/users/password-email";
import { db, type Tx } from "../db";

// One-time set-password tokens. The token (256 random bits) goes into the email only; the database keeps its
// SHA-256, enough to find it again and useless to whoever reads the table.

const lifetimeMs = passwordLinkLifetimeHours * 60 * 60 * 1000;

export function hashPasswordToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Ends a user's outstanding links (a newer one was sent, the password was set, the user was deactivated). */
export function expireOpenPasswordTokens(tx: Tx, userId: string, now: Date) {
  return tx.passwordToken.updateMany({
    where: { userId, usedAt: null, expiresAt: { gt: now } },
    data: { expiresAt: now },
  });
}

/** A new token for the user, valid 72 hours; the earlier ones stop working. Answers the token itself. */
export async function issuePasswordToken(
  tx: Tx,
  { userId, purpose, now }: { userId: string; purpose: PasswordTokenPurpose; now: Date },
): Promise<string> {
  await expireOpenPasswordTokens(tx, userId, now);
  const token = randomBytes(32).toString("base64url");
  await tx.passwordToken.create({
    data: {
      userId,
      purpose,
      tokenHash: hashPasswordToken(token),
      expiresAt: new Date(now.getTime() + lifetimeMs),
    },
    select: { id: true },
  });
  return token;
}

export type PasswordTokenCheck =
  | {
      status: "valid";
      tokenId: string;
      purpose: PasswordTokenPurpose;
      user: { id: string; name: string; email: string };
    }
  | { status: "expired" | "used" | "unknown" };

/** What a set-password link is worth right now (the page shows who it is for, or why it no longer works). */
export async function checkPasswordToken(token: string, now = new Date()): Promise<PasswordTokenCheck> {
  if (!token || token.length > 200) return { status: "unknown" };
  const found = await db.passwordToken.findUnique({
    where: { tokenHash: hashPasswordToken(token) },
    select: {
      id: true,
      purpose: true,
      expiresAt: true,
      usedAt: true,
      user: { select: { id: true, name: true, email: true, disabledAt: true } },
    },
  });
  if (!found || found.user.disabledAt) return { status: "unknown" };
  if (found.usedAt) return { status: "used" };
  if (found.expiresAt <= now) return { status: "expired" };
  const { id, name, email } = found.user;
  return { status: "valid", tokenId: found.id, purpose: found.purpose, user: { id, name, email } };
}
