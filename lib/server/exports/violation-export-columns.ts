import "server-only";
import { rulesByKey } from "@/lib/requirements/rule-catalog";
import type { CsvColumn } from "./stream-csv";
import type { ViolationExportRow } from "./violation-export-rows";

// `evidence` is JSON written by the rules (see Evidence in lib/requirements/types.ts); rows stored before a rule
// changed shape may lack a key, so read it defensively rather than trust the type.
function evidenceText(evidence: unknown, key: "required" | "found"): string {
  if (typeof evidence !== "object" || evidence === null || Array.isArray(evidence)) return "";
  const value = (evidence as Record<string, unknown>)[key];
  return value === null || value === undefined ? "" : String(value);
}

/** The violations export, one column per fact an examiner asks about; dates come out as ISO 8601 UTC. */
export const violationExportColumns: CsvColumn<ViolationExportRow>[] = [
  { header: "Borrower", value: (v) => `${v.borrower.firstName} ${v.borrower.lastName}` },
  { header: "Loan reference", value: (v) => v.borrower.loanReference },
  { header: "Rule", value: (v) => rulesByKey.get(v.ruleKey)?.title ?? v.ruleKey },
  { header: "Severity", value: (v) => v.severity },
  { header: "Status", value: (v) => v.status },
  { header: "Outcome", value: (v) => v.outcome },
  { header: "Message", value: (v) => v.message },
  { header: "Required", value: (v) => evidenceText(v.evidence, "required") },
  { header: "Found", value: (v) => evidenceText(v.evidence, "found") },
  { header: "First seen", value: (v) => v.firstSeenAt },
  { header: "Last seen", value: (v) => v.lastSeenAt },
  { header: "Resolved at", value: (v) => v.resolvedAt },
  { header: "Waived until", value: (v) => v.waivedUntil },
  { header: "Waiver reason", value: (v) => v.waiverReason },
  { header: "Assignee", value: (v) => v.assignee?.name ?? "" },
  { header: "Assignee email", value: (v) => v.assignee?.email ?? "" },
  { header: "Due", value: (v) => v.dueAt },
];
