import "server-only";
import { complianceStatusLabels } from "@/lib/borrowers/compliance-status-labels";
import { recordAudit, userActor } from "../audit/record-audit";
import type { CurrentUser } from "../auth/current-user";
import { getCarrierNames } from "../carriers/carrier-names";
import { db } from "../db";
import { env } from "../env";
import {
  type BorrowerExportRow,
  type BorrowerExportTarget,
  borrowerExportRows,
} from "./borrower-export-rows";
import type { CsvColumn } from "./stream-csv";
import { streamCsv } from "./stream-csv";

/**
 * Every borrower of the list's view (or of a selection) as a CSV for examiners, not just the page on screen.
 * The export is audited before the first byte, with the filters that chose its rows.
 */
export async function exportBorrowers({
  target,
  actor,
  now = new Date(),
}: {
  target: BorrowerExportTarget;
  actor: CurrentUser;
  now?: Date;
}): Promise<Response> {
  const [carrierName, defaultProfile] = await Promise.all([
    getCarrierNames(),
    db.requirementProfile.findFirst({ where: { isDefault: true }, select: { name: true } }),
  ]);
  await recordAudit(db, {
    actor: userActor(actor),
    action: "borrowers.exported",
    targetType: "Borrower",
    targetId: "*",
    details: JSON.parse(JSON.stringify(target)),
  });
  const columns: CsvColumn<BorrowerExportRow>[] = [
    { header: "Status", value: (row) => complianceStatusLabels[row.complianceStatus].label },
    { header: "Reasons", value: (row) => row.complianceReasons.join("; ") },
    { header: "Loan reference", value: (row) => row.loanReference },
    { header: "First name", value: (row) => row.firstName },
    { header: "Last name", value: (row) => row.lastName },
    { header: "Email", value: (row) => row.email },
    { header: "Carrier", value: (row) => (row.primaryCarrier ? carrierName(row.primaryCarrier) : "") },
    { header: "Policy number", value: (row) => row.primaryPolicyNumber },
    { header: "Term start", value: (row) => row.effectiveDate },
    { header: "Term end", value: (row) => row.expirationDate },
    { header: "Refreshed at", value: (row) => row.lastRefreshedAt },
    { header: "Profile", value: (row) => row.profileName ?? defaultProfile?.name ?? "" },
    { header: "Open violations", value: (row) => row.openViolationCount },
  ];
  return streamCsv({
    rows: borrowerExportRows(target, { now, staleAfterHours: env.FRESHNESS_STALE_HOURS }),
    columns,
    filename: `coverwatch-borrowers-${now.toISOString().slice(0, 10)}.csv`,
  });
}
