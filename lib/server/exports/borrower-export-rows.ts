import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { ComplianceStatus } from "@/generated/prisma/enums";
import type { BorrowerFilters } from "@/lib/borrowers/list-params";
import { borrowerListFilter, type FilterClock } from "../borrowers/borrower-list-filter";
import { db } from "../db";
import { keysetRows } from "./keyset-batches";

export type BorrowerExportRow = {
  id: string;
  complianceStatus: ComplianceStatus;
  complianceReasons: string[];
  loanReference: string;
  firstName: string;
  lastName: string;
  email: string;
  primaryCarrier: string | null;
  primaryPolicyNumber: string | null;
  effectiveDate: Date | null;
  expirationDate: Date | null;
  lastRefreshedAt: Date | null;
  profileName: string | null;
  openViolationCount: number;
};

/** Whom to export: the list's filters, or the rows ticked on a page. */
export type BorrowerExportTarget = { filters: BorrowerFilters } | { borrowerIds: string[] };

/**
 * Every borrower of the target, in id order, a batch at a time: the batch is chosen on "Borrower" alone (the
 * list's own condition, an index range on id), then joined to its primary monitored policy and its profile.
 */
export function borrowerExportRows(
  target: BorrowerExportTarget,
  clock: FilterClock,
): AsyncGenerator<BorrowerExportRow> {
  const where =
    "borrowerIds" in target
      ? Prisma.sql`"id" = ANY(${target.borrowerIds})`
      : borrowerListFilter(target.filters, clock);
  return keysetRows<BorrowerExportRow>(
    (lastId, limit) => db.$queryRaw<BorrowerExportRow[]>`
      SELECT b."id", b."complianceStatus", b."complianceReasons", b."loanReference", b."firstName", b."lastName",
        b."email", b."primaryCarrier", b."primaryPolicyNumber", policy."effectiveDate", policy."expirationDate",
        b."lastRefreshedAt", profile."name" AS "profileName", b."openViolationCount"
      FROM (
        SELECT * FROM "Borrower"
        WHERE ${where} ${lastId ? Prisma.sql`AND "id" > ${lastId}` : Prisma.empty}
        ORDER BY "id" LIMIT ${limit}
      ) b
      LEFT JOIN LATERAL (
        SELECT p."effectiveDate", p."expirationDate" FROM "Policy" p
        JOIN "AxleConnection" c ON c."id" = p."connectionId"
        WHERE p."borrowerId" = b."id" AND p."policyNumber" IS NOT DISTINCT FROM b."primaryPolicyNumber"
        ORDER BY c."isMonitoring" DESC, p."id" LIMIT 1
      ) policy ON TRUE
      LEFT JOIN "RequirementProfile" profile ON profile."id" = b."requirementProfileId"
      ORDER BY b."id"`,
  );
}
