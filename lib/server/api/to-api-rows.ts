import "server-only";
import type { ApiBorrower, ApiViolation } from "@/lib/api/v1/schemas";
import type { BorrowerListRow } from "../borrowers/list-borrowers";

const iso = (date: Date | null) => date?.toISOString() ?? null;

/** A borrower as the API shows it: the stored status first, then the facts the list shows. */
export function toApiBorrower(row: BorrowerListRow): ApiBorrower {
  return {
    id: row.id,
    firstName: row.firstName,
    lastName: row.lastName,
    email: row.email,
    loanReference: row.loanReference,
    lenderName: row.lenderName,
    status: row.complianceStatus,
    reason: row.complianceReasons[0] ?? null,
    reasons: row.complianceReasons,
    connectionState: row.connectionState,
    worstOpenSeverity: row.worstOpenSeverity,
    openViolationCount: row.openViolationCount,
    carrier: row.primaryCarrier,
    policyNumber: row.primaryPolicyNumber,
    nextExpirationDate: iso(row.nextExpirationDate),
    lastRefreshedAt: iso(row.lastRefreshedAt),
  };
}

export type ViolationForApi = {
  id: string;
  policyId: string | null;
  ruleKey: string;
  status: ApiViolation["status"];
  severity: ApiViolation["severity"];
  message: string;
  firstSeenAt: Date;
  lastSeenAt: Date;
  resolvedAt: Date | null;
  waivedUntil: Date | null;
  dueAt: Date | null;
  assignee: { id: string; name: string } | null;
  borrower: { id: string; firstName: string; lastName: string; loanReference: string };
};

export function toApiViolation(row: ViolationForApi): ApiViolation {
  return {
    id: row.id,
    borrower: {
      id: row.borrower.id,
      name: `${row.borrower.firstName} ${row.borrower.lastName}`,
      loanReference: row.borrower.loanReference,
    },
    policyId: row.policyId,
    ruleKey: row.ruleKey,
    status: row.status,
    severity: row.severity,
    message: row.message,
    firstSeenAt: row.firstSeenAt.toISOString(),
    lastSeenAt: row.lastSeenAt.toISOString(),
    resolvedAt: iso(row.resolvedAt),
    waivedUntil: iso(row.waivedUntil),
    dueAt: iso(row.dueAt),
    assignee: row.assignee,
  };
}
