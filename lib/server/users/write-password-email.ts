import "server-only";
import type { PasswordTokenPurpose } from "@/generated/prisma/enums";
import { passwordEmail, setPasswordLink } from "@/lib/users/password-email";
import type { Tx } from "../db";
import { storeEmail } from "../email/send-email";
import { enqueueEmail } from "../email/send-email-job";
import { env } from "../env";
import { issuePasswordToken } from "./password-tokens";

/**
 * Inside the caller's transaction: a new set-password token for the user, the email that carries its link (in
 * the outbox) and the job that sends it. All or nothing: no token without its email, no email without its job.
 */
export async function writePasswordEmail(
  tx: Tx,
  {
    user,
    purpose,
    senderName,
    now,
  }: {
    user: { id: string; name: string; email: string };
    purpose: PasswordTokenPurpose;
    senderName: string;
    now: Date;
  },
) {
  const token = await issuePasswordToken(tx, { userId: user.id, purpose, now });
  const content = passwordEmail({
    purpose,
    name: user.name,
    link: setPasswordLink(env.APP_URL, token),
    senderName,
  });
  const email = await storeEmail(tx, { to: user.email, ...content, isSensitive: true });
  await enqueueEmail(tx, email.id);
  return { emailId: email.id };
}
