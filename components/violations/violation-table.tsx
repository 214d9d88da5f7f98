"use client";

import Link from "next/link";
import { PageCheckbox, RowCheckbox } from "@/components/bulk/selection";
import { Badge } from "@/components/ui/badge";
import { SortHeader } from "@/components/ui/sort-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { severityLabels } from "@/lib/borrowers/compliance-status-labels";
import { cn } from "@/lib/cn";
import { formatDate, formatDays, formatDaysFrom } from "@/lib/format-human";
import type { ViolationListRow } from "@/lib/server/violations/list-violations";
import type { ViolationSort, ViolationSortKey } from "@/lib/violations/violation-list-params";
import { AssigneeOptionsProvider, ViolationAssignment } from "./violation-assignment";
import { violationStatusLabels } from "./violation-labels";

const dayMs = 24 * 60 * 60 * 1000;

type Props = {
  rows: ViolationListRow[];
  /** Each rule's title by key, given once for the table. */
  ruleTitles: Record<string, string>;
  now: Date;
  /** What borrowers without a profile of their own are under. */
  defaultProfileName: string;
  sort: ViolationSort;
  /** Where each column header leads: its sort, or the reverse when it is the current one. */
  sortHrefs: Record<ViolationSortKey, string>;
  assignees: { value: string; label: string }[];
  /** Checkboxes and the row's assignment controls, for those who may act on violations. */
  isManageable: boolean;
};

/**
 * One row per violation: who, which rule, how bad, where it stands, for how long, who has it and by when.
 * A waived violation is muted, its badge saying until when: it does not count against the borrower meanwhile.
 * Rendered on the client from the rows' data: the page carries each row's values once, not its markup twice
 * (in the HTML and again in the server components' payload).
 */
export function ViolationTable({
  rows,
  ruleTitles,
  now,
  defaultProfileName,
  sort,
  sortHrefs,
  assignees,
  isManageable,
}: Props) {
  const header = (label: string, key: ViolationSortKey) => (
    <SortHeader label={label} sortKey={key} sort={sort} hrefs={sortHrefs} />
  );
  return (
    <AssigneeOptionsProvider options={isManageable ? assignees : []}>
      <Table
        data-testid="violation-table"
        containerClassName="rounded-lg border border-border bg-card shadow-card"
      >
        <TableHeader>
          <TableRow className="hover:bg-transparent">
            {isManageable && (
              <TableHead className="w-10">
                <PageCheckbox ids={rows.map((row) => row.id)} label="Select every violation on this page" />
              </TableHead>
            )}
            {header("Borrower", "borrower")}
            {header("Rule and finding", "rule")}
            {header("Severity", "severity")}
            <TableHead>Status</TableHead>
            {header("Open for", "first-seen")}
            {header("Last seen", "last-seen")}
            {header("Due", "due")}
            {header("Assignee", "assignee")}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((violation) => {
            const { borrower } = violation;
            const severity = severityLabels[violation.severity];
            const status = violationStatusLabels[violation.status];
            const isWaived = violation.status === "WAIVED";
            const isOverdue =
              violation.dueAt !== null &&
              violation.dueAt < now &&
              (violation.status === "OPEN" || violation.status === "ACKNOWLEDGED");
            const openDays = Math.max(
              0,
              Math.floor((now.getTime() - violation.firstSeenAt.getTime()) / dayMs),
            );
            const name = `${borrower.firstName} ${borrower.lastName}`;
            const rule = ruleTitles[violation.ruleKey] ?? violation.ruleKey;
            return (
              <TableRow
                key={violation.id}
                data-testid="violation-row"
                data-status={violation.status}
                className={cn("align-top", isWaived && "bg-muted/40 text-muted-foreground")}
              >
                {isManageable && (
                  <TableCell>
                    <RowCheckbox id={violation.id} label={`${rule} for ${name}`} />
                  </TableCell>
                )}
                <TableCell className="min-w-40">
                  <Link
                    href={`/borrowers/${borrower.id}`}
                    className={cn(
                      "font-medium hover:underline",
                      isWaived ? "text-muted-foreground" : "text-foreground",
                    )}
                    data-testid="violation-borrower"
                  >
                    {name}
                  </Link>
                  <div className="text-xs text-muted-foreground">
                    Loan {borrower.loanReference} · {borrower.requirementProfile?.name ?? defaultProfileName}
                  </div>
                </TableCell>
                {/* The finding under its rule, two lines at most (the whole of it on hover): one column less, so the
                    queue fits a laptop without scrolling sideways. */}
                <TableCell className="min-w-56 max-w-80">
                  <div className={cn("font-medium", isWaived && "font-normal")} data-testid="violation-rule">
                    {rule}
                  </div>
                  <p className="line-clamp-2 text-xs text-muted-foreground" title={violation.message}>
                    {violation.message}
                  </p>
                </TableCell>
                <TableCell>
                  <Badge variant={isWaived ? "neutral" : severity.tone} testId="violation-severity">
                    {severity.label}
                  </Badge>
                </TableCell>
                <TableCell className="whitespace-nowrap">
                  {isWaived && violation.waivedUntil ? (
                    <Badge variant="neutral" dot testId="violation-row-status" title="Not counted until then">
                      Waived until {formatDate(violation.waivedUntil)}
                    </Badge>
                  ) : (
                    <Badge variant={status.tone} dot testId="violation-row-status">
                      {status.label}
                    </Badge>
                  )}
                </TableCell>
                <TableCell className="whitespace-nowrap" data-testid="violation-age">
                  <span title={`Since ${formatDate(violation.firstSeenAt)}`}>{formatDays(openDays)}</span>
                </TableCell>
                <TableCell className="whitespace-nowrap" data-testid="violation-last-seen">
                  <span title={violation.lastSeenAt.toISOString()}>
                    {formatDaysFrom(violation.lastSeenAt, now)}
                  </span>
                </TableCell>
                <TableCell className="whitespace-nowrap" data-testid="violation-due">
                  {violation.dueAt ? (
                    <span className="inline-flex flex-col items-start gap-1">
                      {formatDate(violation.dueAt)}
                      {isOverdue && (
                        <Badge variant="danger" testId="violation-overdue">
                          Overdue
                        </Badge>
                      )}
                    </span>
                  ) : (
                    <span className="text-muted-foreground">—</span>
                  )}
                </TableCell>
                <TableCell className="min-w-36" data-testid="violation-assignee">
                  <ViolationAssignment
                    violationId={violation.id}
                    title={`${rule} for ${name}`}
                    assignee={violation.assignee}
                    dueAt={violation.dueAt?.toISOString().slice(0, 10) ?? ""}
                    isManageable={isManageable && violation.status !== "RESOLVED"}
                  />
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </AssigneeOptionsProvider>
  );
}
