import "server-only";
import type { ComplianceStatus } from "@/generated/prisma/client";
import { borrowerListFilter } from "../borrowers/borrower-list-filter";
import { db } from "../db";

export type BorrowerSearchHit = {
  id: string;
  firstName: string;
  lastName: string;
  loanReference: string;
  complianceStatus: ComplianceStatus;
};

/**
 * Borrowers for the command palette: the borrower list's own search (every word in the names, email, loan
 * reference, VINs or policy numbers, trigram-indexed), so the palette and the list find the same people. Every
 * role that reads borrowers sees every borrower, so there is no further scope to add here.
 */
export async function searchBorrowers(query: string, limit = 8): Promise<BorrowerSearchHit[]> {
  if (query.length < 2) return [];
  // Search reads no clock; the filter takes one for the filters that do.
  const where = borrowerListFilter({ q: query }, { now: new Date(), staleAfterHours: 0 });
  return db.$queryRaw<BorrowerSearchHit[]>`
    SELECT "id", "firstName", "lastName", "loanReference", "complianceStatus" FROM "Borrower"
    WHERE ${where} ORDER BY "lastName", "firstName", "id" LIMIT ${limit}`;
}
