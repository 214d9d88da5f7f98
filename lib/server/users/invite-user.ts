import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { type InviteUserInput, inviteUserSchema } from "@/lib/users/user-input";
import { recordAudit, userActor } from "../audit/record-audit";
import type { CurrentUser } from "../auth/current-user";
import { db } from "../db";
import { AppError } from "../errors";
import { getQueue } from "../jobs/queue";
import { writePasswordEmail } from "./write-password-email";

/**
 * Creates a user without a password and emails them a link to choose one (72 hours, once). The user, the token,
 * the email and the audit row are written in one transaction; the email is sent by a job afterwards.
 */
export async function inviteUser({
  input,
  actor,
  now = new Date(),
}: {
  input: InviteUserInput;
  actor: CurrentUser;
  now?: Date;
}) {
  const { name, email, role } = inviteUserSchema.parse(input);
  // Started before the transaction: its first start creates the queue's tables, which must not hold it open.
  await getQueue();
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({ data: { name, email, role }, select: { id: true } });
      const { emailId } = await writePasswordEmail(tx, {
        user: { id: user.id, name, email },
        purpose: "INVITE",
        senderName: actor.name,
        now,
      });
      await recordAudit(tx, {
        actor: userActor(actor),
        action: "user.invited",
        targetType: "User",
        targetId: user.id,
        details: { email, role },
      });
      return { userId: user.id, emailId };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new AppError("conflict", `${email} already has an account.`);
    throw error;
  }
}
