import "server-only";
import type { ApiBorrowerDetail } from "@/lib/api/v1/schemas";
import { actionableStatuses } from "@/lib/violations/violation-list-params";
import { db } from "../db";
import { AppError } from "../errors";
import { toApiBorrower, toApiViolation } from "./to-api-rows";

const iso = (date: Date | null) => date?.toISOString() ?? null;

/** `GET /api/v1/borrowers/{id}`: the stored status, each monitored policy, and the open violations. */
export async function getApiBorrower(borrowerId: string): Promise<ApiBorrowerDetail> {
  const borrower = await db.borrower.findUnique({
    where: { id: borrowerId },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      email: true,
      loanReference: true,
      lenderName: true,
      complianceStatus: true,
      complianceReasons: true,
      worstOpenSeverity: true,
      openViolationCount: true,
      nextExpirationDate: true,
      lastRefreshedAt: true,
      primaryCarrier: true,
      primaryPolicyNumber: true,
      connectionState: true,
      createdAt: true,
      policies: {
        where: { connection: { isMonitoring: true } },
        orderBy: [{ expirationDate: { sort: "asc", nulls: "last" } }, { id: "asc" }],
        select: {
          id: true,
          policyNumber: true,
          carrier: true,
          type: true,
          isActive: true,
          effectiveDate: true,
          expirationDate: true,
          refreshedAt: true,
        },
      },
      violations: {
        where: { status: { in: [...actionableStatuses] } },
        orderBy: [{ firstSeenAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          policyId: true,
          ruleKey: true,
          status: true,
          severity: true,
          message: true,
          firstSeenAt: true,
          lastSeenAt: true,
          resolvedAt: true,
          waivedUntil: true,
          dueAt: true,
          assignee: { select: { id: true, name: true } },
        },
      },
    },
  });
  if (!borrower) throw new AppError("not_found", "No borrower has this id.");
  const { policies, violations, ...row } = borrower;
  const ref = {
    id: row.id,
    firstName: row.firstName,
    lastName: row.lastName,
    loanReference: row.loanReference,
  };
  return {
    ...toApiBorrower(row),
    policies: policies.map((policy) => ({
      ...policy,
      effectiveDate: iso(policy.effectiveDate),
      expirationDate: iso(policy.expirationDate),
      refreshedAt: policy.refreshedAt.toISOString(),
    })),
    openViolations: violations.map((violation) => toApiViolation({ ...violation, borrower: ref })),
  };
}
