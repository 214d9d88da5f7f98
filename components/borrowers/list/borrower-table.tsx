"use client";

import Link from "next/link";
import { PageCheckbox, RowCheckbox } from "@/components/bulk/selection";
import { Badge } from "@/components/ui/badge";
import { SortHeader } from "@/components/ui/sort-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { complianceStatusLabels, severityLabels } from "@/lib/borrowers/compliance-status-labels";
import type { Sort, SortKey } from "@/lib/borrowers/list-params";
import { formatDate, formatDaysFrom } from "@/lib/format-human";
import { describeFreshness } from "@/lib/freshness";
import type { BorrowerListRow } from "@/lib/server/borrowers/list-borrowers";
import { ComplianceStatusBadge } from "../compliance-status-badge";

/** What the status cell says under the badge: the first reason, without repeating the badge's own word. */
function statusLine(row: BorrowerListRow): string {
  const label = complianceStatusLabels[row.complianceStatus].label;
  const reason = row.complianceReasons[0];
  if (!reason) return row.complianceStatus === "COMPLIANT" ? "Every requirement met" : label;
  if (!reason.startsWith(`${label}: `)) return reason;
  const rest = reason.slice(label.length + 2);
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

type Props = {
  rows: BorrowerListRow[];
  /** The names of the carriers on this page, by Axle's id. */
  carrierNames: Record<string, string>;
  now: Date;
  staleAfterHours: number;
  sort: Sort;
  /** Where each column header leads: its sort, or the reverse when it is the current one. */
  sortHrefs: Record<SortKey, string>;
  isSelectable: boolean;
};

/**
 * One row per borrower, status first: the status and its reason, then the policy facts an officer checks.
 * A client component so that the page carries its rows once, as data, rather than as markup twice (the HTML
 * and the server components' payload).
 */
export function BorrowerTable({
  rows,
  carrierNames,
  now,
  staleAfterHours,
  sort,
  sortHrefs,
  isSelectable,
}: Props) {
  const carrierName = (slug: string) => carrierNames[slug] ?? slug;
  return (
    <Table data-testid="borrower-table">
      <TableHeader>
        <TableRow>
          {isSelectable && (
            <TableHead className="w-10">
              <PageCheckbox ids={rows.map((row) => row.id)} label="Select every borrower on this page" />
            </TableHead>
          )}
          <SortHeader label="Borrower" sortKey="name" sort={sort} hrefs={sortHrefs} />
          <SortHeader label="Status" sortKey="status" sort={sort} hrefs={sortHrefs} />
          <TableHead>Carrier · policy</TableHead>
          <SortHeader label="Expires" sortKey="expiration" sort={sort} hrefs={sortHrefs} />
          <SortHeader label="Refreshed" sortKey="refreshed" sort={sort} hrefs={sortHrefs} />
          <SortHeader label="Open violations" sortKey="violations" sort={sort} hrefs={sortHrefs} isNumeric />
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => {
          const name = `${row.firstName} ${row.lastName}`;
          const freshness = row.lastRefreshedAt
            ? describeFreshness(row.lastRefreshedAt, now, staleAfterHours)
            : null;
          return (
            <TableRow key={row.id} data-testid={`borrower-row-${row.loanReference}`}>
              {isSelectable && (
                <TableCell>
                  <RowCheckbox id={row.id} label={name} />
                </TableCell>
              )}
              <TableCell className="min-w-44">
                <Link
                  href={`/borrowers/${row.id}`}
                  className="font-medium text-foreground hover:underline"
                  data-testid="borrower-link"
                >
                  {name}
                </Link>
                <div className="hint">Loan {row.loanReference}</div>
              </TableCell>
              <TableCell className="min-w-56 max-w-96">
                <ComplianceStatusBadge status={row.complianceStatus} />
                <p className="hint mt-1 line-clamp-2" data-testid="compliance-reason">
                  {statusLine(row)}
                  {row.complianceStatus === "NOT_CONNECTED" &&
                    ` · link sent ${formatDaysFrom(row.createdAt, now)}`}
                </p>
              </TableCell>
              <TableCell className="min-w-40">
                {row.primaryCarrier ? (
                  <>
                    <div>{carrierName(row.primaryCarrier)}</div>
                    <div className="hint" data-testid="policy-number">
                      {row.primaryPolicyNumber ?? "no policy number"}
                    </div>
                  </>
                ) : (
                  <span className="text-muted-foreground">—</span>
                )}
              </TableCell>
              <TableCell className="whitespace-nowrap">
                {row.nextExpirationDate ? (
                  <>
                    <div>{formatDate(row.nextExpirationDate)}</div>
                    <div className="hint">{formatDaysFrom(row.nextExpirationDate, now)}</div>
                  </>
                ) : (
                  <span className="text-muted-foreground">—</span>
                )}
              </TableCell>
              <TableCell className="whitespace-nowrap" data-testid="freshness">
                {freshness && row.lastRefreshedAt ? (
                  <span title={row.lastRefreshedAt.toISOString()} className="inline-flex items-center gap-2">
                    {freshness.label}
                    {freshness.isStale && (
                      <Badge variant="warning" testId="stale">
                        Stale
                      </Badge>
                    )}
                  </span>
                ) : (
                  <span className="text-muted-foreground">—</span>
                )}
              </TableCell>
              <TableCell className="text-right" data-testid="open-violations">
                {row.openViolationCount === 0 ? (
                  <span className="text-muted-foreground">None</span>
                ) : (
                  <span className="inline-flex items-center gap-2">
                    {row.worstOpenSeverity && (
                      <Badge variant={severityLabels[row.worstOpenSeverity].tone}>
                        {severityLabels[row.worstOpenSeverity].label}
                      </Badge>
                    )}
                    <span className="tabular-nums">{row.openViolationCount}</span>
                  </span>
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
