import "server-only";
import type { UserAlertKind } from "@/generated/prisma/enums";
import type { Tx } from "../db";
import { type EmailContent, storeEmail } from "../email/send-email";
import { enqueueEmail } from "../email/send-email-job";

export type UserAlertKey = {
  userId: string;
  kind: UserAlertKind;
  /** For an alert about a violation: one per user and violation. */
  violationId?: string;
  /** For a digest: midnight UTC of its day, one per user and day. */
  digestDay?: Date;
};

/**
 * Inside the caller's transaction: an email to a user, its alert row under the alert's unique key, and the job
 * that sends it; all or nothing. When that alert already exists (a retried job, or another one that got there
 * first) it writes nothing and answers false. The insert skips a duplicate instead of failing on it, so it never
 * aborts the caller's transaction (an assignment, the other alerts of a violation).
 */
export async function recordUserAlert(
  tx: Tx,
  { alert, email }: { alert: UserAlertKey; email: EmailContent },
): Promise<boolean> {
  const { id: emailId } = await storeEmail(tx, email);
  const [recorded] = await tx.userAlert.createManyAndReturn({
    data: [{ ...alert, emailId }],
    skipDuplicates: true,
    select: { id: true },
  });
  if (!recorded) {
    await tx.emailMessage.delete({ where: { id: emailId } });
    return false;
  }
  await enqueueEmail(tx, emailId);
  return true;
}
