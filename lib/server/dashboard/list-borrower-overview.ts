import "server-only";
import { db } from "../db";

/** Every borrower with their connections, current policies and open violations, for the dashboard. Never the token. */
export async function listBorrowerOverview() {
  return db.borrower.findMany({
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
    take: 500,
    select: {
      id: true,
      firstName: true,
      lastName: true,
      loanReference: true,
      connections: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          isMonitoring: true,
          policies: {
            orderBy: { id: "asc" },
            select: { id: true, policyNumber: true, carrier: true, isActive: true, refreshedAt: true },
          },
        },
      },
      violations: { where: { status: { not: "RESOLVED" } }, select: { id: true, policyId: true } },
    },
  });
}

export type BorrowerOverview = Awaited<ReturnType<typeof listBorrowerOverview>>[number];
