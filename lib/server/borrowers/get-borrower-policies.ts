import "server-only";
import { db } from "../db";

/** The record's Policy tab: every policy shared with us, as the carrier last reported it, renewal included. */
export function getBorrowerPolicies(borrowerId: string) {
  return db.policy.findMany({
    where: { borrowerId },
    orderBy: [{ connection: { createdAt: "asc" } }, { id: "asc" }],
    select: {
      id: true,
      carrier: true,
      policyNumber: true,
      type: true,
      isActive: true,
      refreshedAt: true,
      data: true,
      renewalData: true,
      connection: { select: { isMonitoring: true } },
    },
  });
}

export type BorrowerPolicy = Awaited<ReturnType<typeof getBorrowerPolicies>>[number];
