import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { severityLabels } from "@/lib/borrowers/compliance-status-labels";
import { formatDate, formatDays } from "@/lib/format-human";
import { ruleTitle } from "@/lib/requirements/evaluate-rules";
import type { ViolationListRow } from "@/lib/server/violations/list-violations";
import { violationStatusLabels } from "./violation-labels";

const dayMs = 24 * 60 * 60 * 1000;

/** One row per violation, oldest first: who, which rule, how bad, where it stands, and for how long. */
export function ViolationTable({
  rows,
  now,
  defaultProfileName,
}: {
  rows: ViolationListRow[];
  now: Date;
  /** What borrowers without a profile of their own are under. */
  defaultProfileName: string;
}) {
  return (
    <Table
      data-testid="violation-table"
      containerClassName="rounded-lg border border-border bg-card shadow-card"
    >
      <TableHeader>
        <TableRow className="hover:bg-transparent">
          <TableHead>Borrower</TableHead>
          <TableHead>Rule</TableHead>
          <TableHead>Severity</TableHead>
          <TableHead>Status</TableHead>
          <TableHead>Message</TableHead>
          <TableHead>Open for</TableHead>
          <TableHead>Waived until</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((violation) => {
          const { borrower } = violation;
          const severity = severityLabels[violation.severity];
          const status = violationStatusLabels[violation.status];
          const openDays = Math.max(0, Math.floor((now.getTime() - violation.firstSeenAt.getTime()) / dayMs));
          return (
            <TableRow key={violation.id} data-testid="violation-row" className="align-top">
              <TableCell className="min-w-44">
                <Link
                  href={`/borrowers/${borrower.id}`}
                  className="font-medium text-foreground hover:underline"
                  data-testid="violation-borrower"
                >
                  {borrower.firstName} {borrower.lastName}
                </Link>
                <div className="text-xs text-muted-foreground">
                  Loan {borrower.loanReference} · {borrower.requirementProfile?.name ?? defaultProfileName}
                </div>
              </TableCell>
              <TableCell className="min-w-40" data-testid="violation-rule">
                {ruleTitle(violation.ruleKey)}
              </TableCell>
              <TableCell>
                <Badge variant={severity.tone} testId="violation-severity">
                  {severity.label}
                </Badge>
              </TableCell>
              <TableCell>
                <Badge variant={status.tone} dot testId="violation-row-status">
                  {status.label}
                </Badge>
              </TableCell>
              <TableCell className="min-w-56 max-w-96">
                <p className="line-clamp-3 text-muted-foreground" title={violation.message}>
                  {violation.message}
                </p>
              </TableCell>
              <TableCell className="whitespace-nowrap" data-testid="violation-age">
                <span title={`Since ${formatDate(violation.firstSeenAt)}`}>{formatDays(openDays)}</span>
              </TableCell>
              <TableCell className="whitespace-nowrap">
                {violation.waivedUntil ? (
                  formatDate(violation.waivedUntil)
                ) : (
                  <span className="text-muted-foreground">—</span>
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
