import "server-only";
import type { ComplianceStatus } from "@/generated/prisma/client";
import { db } from "../db";

export type BorrowerSearchHit = {
  id: string;
  firstName: string;
  lastName: string;
  loanReference: string;
  complianceStatus: ComplianceStatus;
};

// Prisma sends `contains` and `startsWith` as LIKE without escaping, so a typed % or _ would be a wildcard.
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`);

/**
 * Borrowers for the command palette: a loan reference typed in full or from its start, or any part of the
 * names, email, VINs and policy numbers (the trigram-indexed `searchText`). Every role that reads borrowers
 * sees every borrower, so there is no further scope to add here.
 */
export async function searchBorrowers(query: string, limit = 8): Promise<BorrowerSearchHit[]> {
  if (query.length < 2) return [];
  return db.borrower.findMany({
    where: {
      OR: [
        { loanReference: query },
        { loanReference: { startsWith: escapeLike(query) } },
        { searchText: { contains: escapeLike(query.toLowerCase()) } },
      ],
    },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
    take: limit,
    select: { id: true, firstName: true, lastName: true, loanReference: true, complianceStatus: true },
  });
}
