import "server-only";
import { cache } from "react";
import { db } from "../db";

// Ids are cuids (uuids in some tests): anything else in the URL is simply not found, without a query that
// PostgreSQL could refuse (a NUL byte) and turn into a 500.
export const borrowerIdPattern = /^[A-Za-z0-9_-]{1,64}$/;

/** What the record's header shows on every tab: status and reason, the loan's facts, what can be descoped. */
export const getBorrowerHeader = cache(async (borrowerId: string) => {
  if (!borrowerIdPattern.test(borrowerId)) return null;
  return db.borrower.findUnique({
    where: { id: borrowerId },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      email: true,
      loanReference: true,
      lenderName: true,
      emailOptedOutAt: true,
      requirementProfile: { select: { name: true } },
      complianceStatus: true,
      complianceReasons: true,
      openViolationCount: true,
      nextExpirationDate: true,
      lastRefreshedAt: true,
      primaryCarrier: true,
      vehicles: {
        select: { id: true, vin: true, year: true, make: true, model: true },
        orderBy: { createdAt: "asc" },
      },
      connections: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          isMonitoring: true,
          account: { select: { carrier: true } },
          policies: { select: { carrier: true }, take: 1 },
        },
      },
      _count: { select: { outreach: true } },
      // The invitation, if one was sent (its chases follow it).
      outreach: { where: { inviteStep: 0 }, select: { createdAt: true } },
    },
  });
});

export type BorrowerHeader = NonNullable<Awaited<ReturnType<typeof getBorrowerHeader>>>;
