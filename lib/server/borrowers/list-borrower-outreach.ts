import "server-only";
import { db } from "../db";

/** Every request and reminder sent to one borrower, newest first, with the email's delivery state. */
export function listBorrowerOutreach(borrowerId: string) {
  return db.outreach.findMany({
    where: { borrowerId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      reason: true,
      reminderNumber: true,
      createdAt: true,
      requestedBy: { select: { name: true } },
      violation: { select: { ruleKey: true } },
      email: { select: { to: true, status: true, subject: true, error: true, sentAt: true } },
    },
  });
}

export type BorrowerOutreach = Awaited<ReturnType<typeof listBorrowerOutreach>>;
