import { Download, ScrollText } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { KeysetPagination } from "@/components/ui/keyset-pagination";
import { ListNotices } from "@/components/ui/list-notices";
import { NoMatches } from "@/components/ui/no-matches";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { auditTargetHref } from "@/lib/audit/audit-target-href";
import { utcStamp } from "@/lib/format-time";
import {
  type AuditListPage,
  type AuditListParams,
  auditListQuery,
  auditPageSizes,
} from "@/lib/server/audit/list-audit";
import { AuditToolbar } from "./audit-toolbar";

type Props = {
  params: AuditListParams;
  page: AuditListPage;
  choices: { actions: string[]; targets: string[] };
};

/** Who did what to which object, newest first: every human and system action, as the audit rows hold it. */
export function AuditLogView({ params, page, choices }: Props) {
  const { filters, size } = params;
  const href = (change: { cursor?: string; size?: number }) =>
    `/audit${auditListQuery(filters, { size: change.size ?? size, cursor: change.cursor })}`;
  const hasFilters = Object.values(filters).some((value) => value !== undefined);
  return (
    <section>
      <PageHeader
        title="Audit log"
        description="Every action on borrowers, violations, profiles and connections: who, what, when. Rows are never changed or deleted."
        actions={
          <Button variant="outline" size="sm" asChild>
            <a href={`/audit/export.csv${auditListQuery(filters)}`} download data-testid="export-audit">
              <Download aria-hidden /> Export CSV
            </a>
          </Button>
        }
      />
      <ListNotices notices={params.notices} />
      <AuditToolbar actions={choices.actions} targets={choices.targets} />
      {page.rows.length === 0 ? (
        hasFilters ? (
          <NoMatches
            testId="audit-empty"
            title="No entry matches these filters"
            description="Try another action, target or date range, or clear the filters."
            clearHref="/audit"
          />
        ) : (
          <EmptyState testId="audit-none" icon={<ScrollText />} title="Nothing recorded yet" />
        )
      ) : (
        <Table data-testid="audit-table">
          <TableHeader>
            <TableRow>
              <TableHead>When (UTC)</TableHead>
              <TableHead>Who</TableHead>
              <TableHead>Action</TableHead>
              <TableHead>Target</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {page.rows.map((row) => {
              const target = auditTargetHref(row);
              return (
                <TableRow key={row.id.toString()} data-testid="audit-row">
                  <TableCell className="whitespace-nowrap">
                    {utcStamp(row.createdAt, { withSeconds: true })}
                  </TableCell>
                  <TableCell data-testid="audit-actor">{row.actorLabel}</TableCell>
                  <TableCell data-testid="audit-action">
                    <code className="text-xs">{row.action}</code>
                  </TableCell>
                  <TableCell>
                    {target ? (
                      <Link href={target} className="hover:underline">
                        {row.targetType} {row.targetId}
                      </Link>
                    ) : (
                      `${row.targetType} ${row.targetId}`
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
      <KeysetPagination
        page={page}
        size={size}
        sizes={auditPageSizes}
        noun={["entry", "entries"]}
        href={href}
      />
    </section>
  );
}
