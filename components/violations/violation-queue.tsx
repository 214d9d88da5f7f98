import { CircleCheck, Download } from "lucide-react";
import Link from "next/link";
import { BulkActionProgressPanel } from "@/components/bulk/bulk-action-progress";
import { SelectionProvider } from "@/components/bulk/selection";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { KeysetPagination } from "@/components/ui/keyset-pagination";
import { ListNotices } from "@/components/ui/list-notices";
import { NoMatches } from "@/components/ui/no-matches";
import { PageHeader } from "@/components/ui/page-header";
import { nextSort } from "@/components/ui/sort-header";
import type { BulkActionProgress } from "@/lib/server/bulk/get-bulk-action-progress";
import type { ViolationListPage } from "@/lib/server/violations/list-violations";
import {
  descendingFirst,
  hasViolationFilters,
  type ViolationListParams,
  type ViolationSort,
  type ViolationSortKey,
  violationListQuery,
  violationPageSizes,
  violationSortKeys,
} from "@/lib/violations/violation-list-params";
import { ViolationBulkActions } from "./violation-bulk-actions";
import { ViolationTable } from "./violation-table";
import { ViolationToolbar } from "./violation-toolbar";

type Option = { value: string; label: string };

type Props = {
  params: ViolationListParams;
  page: ViolationListPage;
  rules: Option[];
  profiles: Option[];
  /** The people violations can be assigned to. */
  assignees: Option[];
  recentBulkActions: BulkActionProgress[];
  currentUserId: string;
  permissions: { canManage: boolean; canAskReconnect: boolean };
  now: Date;
};

/**
 * Every live violation across borrowers, a page at a time: filters, sort and page in the URL; for those who may
 * act, a selection and bulk actions, and each row's assignee and due date.
 */
export function ViolationQueue({
  params,
  page,
  rules,
  profiles,
  assignees,
  recentBulkActions,
  currentUserId,
  permissions,
  now,
}: Props) {
  const { filters, sort, size } = params;
  const viewQuery = violationListQuery({ filters, sort });
  const href = (changes: { sort?: ViolationSort; size?: number; cursor?: string }) =>
    `/violations${violationListQuery({ filters, sort: changes.sort ?? sort, size: changes.size ?? size, cursor: changes.cursor })}`;

  return (
    <section>
      <PageHeader
        title="Violations"
        description="Every requirement a borrower's policy fails today, oldest first unless sorted otherwise: the ones waiting longest lead."
        actions={
          <Button variant="outline" size="sm" asChild>
            <a href={`/violations/export.csv${viewQuery}`} download data-testid="export-violations">
              <Download aria-hidden /> Export CSV
            </a>
          </Button>
        }
      />
      <ListNotices notices={params.notices} />
      {recentBulkActions.map((action) => (
        <BulkActionProgressPanel
          key={action.id}
          bulkActionId={action.id}
          initial={{ ...action, errors: action.errors as { borrowerId: string; error: string }[] }}
        />
      ))}
      <ViolationToolbar filters={filters} rules={rules} profiles={profiles} assignees={assignees} />
      <SelectionProvider key={`${viewQuery}|${params.cursor?.id ?? ""}|${size}`}>
        {permissions.canManage && (
          <ViolationBulkActions
            shownIds={recentBulkActions.map((action) => action.id)}
            total={page.total}
            pageSize={size}
            query={viewQuery}
            assignees={assignees}
            currentUserId={currentUserId}
            canAskReconnect={permissions.canAskReconnect}
            now={now}
          />
        )}
        {page.rows.length === 0 ? (
          hasViolationFilters(filters) ? (
            <NoMatches
              testId="violations-empty"
              title="No violation matches these filters"
              description="Try another status or severity, or clear the filters."
              clearHref="/violations"
            />
          ) : (
            <EmptyState
              testId="violations-none"
              icon={<CircleCheck />}
              title="No live violations"
              description="Every monitored borrower meets its requirements right now. Resolved violations stay in the history."
              action={
                <Button variant="outline" size="sm" asChild>
                  <Link href="/violations?status=RESOLVED">Show resolved</Link>
                </Button>
              }
            />
          )
        ) : (
          <ViolationTable
            rows={page.rows}
            ruleTitles={Object.fromEntries(rules.map((rule) => [rule.value, rule.label]))}
            now={now}
            defaultProfileName={
              profiles.find((profile) => profile.value === "default")?.label ?? "Default profile"
            }
            sort={sort}
            sortHrefs={
              Object.fromEntries(
                violationSortKeys.map((key) => [key, href({ sort: nextSort(sort, key, descendingFirst) })]),
              ) as Record<ViolationSortKey, string>
            }
            assignees={assignees}
            isManageable={permissions.canManage}
          />
        )}
      </SelectionProvider>
      {(page.rows.length > 0 || page.previousCursor) && (
        <KeysetPagination
          page={page}
          size={size}
          sizes={violationPageSizes}
          noun={["violation", "violations"]}
          href={href}
        />
      )}
    </section>
  );
}
