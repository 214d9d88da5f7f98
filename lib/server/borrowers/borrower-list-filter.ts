import "server-only";
import { Prisma } from "@/generated/prisma/client";
import {
  type BorrowerFilters,
  connectionParams,
  severityParams,
  statusParams,
} from "@/lib/borrowers/list-params";

const dayMs = 24 * 60 * 60 * 1000;
const maxSearchTerms = 6;

export type FilterClock = { now: Date; staleAfterHours: number };

/** `LIKE` treats `%`, `_` and `\` as patterns; a search for "50%" means the characters. */
const likeLiteral = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`);

/**
 * The SQL condition on "Borrower" for a set of list filters. The list, its count, the CSV export and the
 * overview's tiles all use this one function, so a tile's number is the list's total by construction.
 * Search matches every word of the query in `searchText` (names, email, loan reference, VINs, policy
 * numbers), which a trigram index serves.
 */
export function borrowerListFilter(
  filters: BorrowerFilters,
  { now, staleAfterHours }: FilterClock,
): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (filters.q) {
    const terms = filters.q.toLowerCase().split(/\s+/).filter(Boolean).slice(0, maxSearchTerms);
    for (const term of terms) conditions.push(Prisma.sql`"searchText" LIKE ${`%${likeLiteral(term)}%`}`);
  }
  if (filters.status?.length) {
    const statuses = filters.status.map((status) => statusParams[status]);
    conditions.push(Prisma.sql`"complianceStatus" = ANY(${statuses}::"ComplianceStatus"[])`);
  }
  if (filters.severity)
    conditions.push(Prisma.sql`"worstOpenSeverity" = ${severityParams[filters.severity]}::"Severity"`);
  if (filters.connection)
    conditions.push(
      Prisma.sql`"connectionState" = ${connectionParams[filters.connection]}::"ConnectionState"`,
    );
  if (filters.profile === "default") conditions.push(Prisma.sql`"requirementProfileId" IS NULL`);
  else if (filters.profile) conditions.push(Prisma.sql`"requirementProfileId" = ${filters.profile}`);
  if (filters.carrier) conditions.push(Prisma.sql`"primaryCarrier" = ${filters.carrier}`);
  if (filters.lender) conditions.push(Prisma.sql`"lenderName" = ${filters.lender}`);
  if (filters.isStale) {
    const staleBefore = new Date(now.getTime() - staleAfterHours * 60 * 60 * 1000);
    conditions.push(Prisma.sql`"lastRefreshedAt" < ${staleBefore}`);
  }
  if (filters.expiringWithinDays !== undefined) {
    const until = new Date(now.getTime() + filters.expiringWithinDays * dayMs);
    conditions.push(Prisma.sql`"nextExpirationDate" >= ${now} AND "nextExpirationDate" <= ${until}`);
  }
  return conditions.length ? Prisma.join(conditions, " AND ") : Prisma.sql`TRUE`;
}
