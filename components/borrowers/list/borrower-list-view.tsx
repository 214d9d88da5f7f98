import { Download, Plus, Users } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { KeysetPagination } from "@/components/ui/keyset-pagination";
import { ListNotices } from "@/components/ui/list-notices";
import { NoMatches } from "@/components/ui/no-matches";
import { PageHeader } from "@/components/ui/page-header";
import {
  type BorrowerListParams,
  borrowerListQuery,
  hasFilters,
  pageSizes,
  type Sort,
  type SortKey,
  sortKeys,
} from "@/lib/borrowers/list-params";

/** The borrower columns whose first click sorts most first. */
const descendingFirst: SortKey[] = ["violations"];

import { BulkActionProgressPanel } from "@/components/bulk/bulk-action-progress";
import { SelectionProvider } from "@/components/bulk/selection";
import { nextSort } from "@/components/ui/sort-header";
import type { BorrowerListPage } from "@/lib/server/borrowers/list-borrowers";
import type { FilterOption } from "@/lib/server/borrowers/list-filter-options";
import type { BulkActionProgress } from "@/lib/server/bulk/get-bulk-action-progress";
import { BorrowerBulkActions } from "./borrower-bulk-actions";
import { BorrowerListToolbar } from "./borrower-list-toolbar";
import { BorrowerTable } from "./borrower-table";

type Props = {
  params: BorrowerListParams;
  page: BorrowerListPage;
  options: { profiles: FilterOption[]; carriers: FilterOption[]; lenders: FilterOption[] };
  carrierName: (slug: string | null) => string;
  recentBulkActions: BulkActionProgress[];
  now: Date;
  staleAfterHours: number;
  permissions: { canStartIgnition: boolean; canAskReconnect: boolean; canAssignProfile: boolean };
};

/** The portfolio, a page at a time: search, filters, sort and pages all in the URL; bulk actions on a selection. */
export function BorrowerListView({
  params,
  page,
  options,
  carrierName,
  recentBulkActions,
  now,
  staleAfterHours,
  permissions,
}: Props) {
  const { filters, sort, size } = params;
  const viewQuery = borrowerListQuery({ filters, sort });
  const href = (changes: { sort?: Sort; size?: number; cursor?: string }) =>
    `/borrowers${borrowerListQuery({ filters, sort: changes.sort ?? sort, size: (changes.size as (typeof pageSizes)[number] | undefined) ?? size, cursor: changes.cursor })}`;
  const isSelectable = permissions.canAskReconnect || permissions.canAssignProfile;

  return (
    <section>
      <PageHeader
        title="Borrowers"
        description="Every borrower's compliance status, most urgent first when sorted by status."
        actions={
          <>
            <Button variant="outline" size="sm" asChild>
              <a href={`/borrowers/export.csv${viewQuery}`} download data-testid="export-borrowers">
                <Download aria-hidden /> Export CSV
              </a>
            </Button>
            {permissions.canStartIgnition && (
              <Button size="sm" asChild>
                <Link href="/borrowers/new">
                  <Plus aria-hidden /> New borrower
                </Link>
              </Button>
            )}
          </>
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
      <BorrowerListToolbar {...options} />
      <SelectionProvider key={`${viewQuery}|${params.cursor?.id ?? ""}|${size}`}>
        {isSelectable && (
          <BorrowerBulkActions
            shownIds={recentBulkActions.map((action) => action.id)}
            total={page.total}
            pageSize={size}
            query={viewQuery}
            profiles={options.profiles
              .filter((profile) => profile.value !== "default")
              .map((profile) => ({ id: profile.value, name: profile.label }))}
            defaultProfileName={
              options.profiles.find((profile) => profile.value === "default")?.label ?? "Default profile"
            }
            canAskReconnect={permissions.canAskReconnect}
            canAssignProfile={permissions.canAssignProfile}
          />
        )}
        {page.rows.length === 0 ? (
          hasFilters(filters) ? (
            <NoMatches
              testId="list-empty"
              title="No borrower matches"
              description="Try another search, or clear some filters."
              clearHref="/borrowers"
            />
          ) : (
            <EmptyState
              testId="dashboard-empty"
              icon={<Users />}
              title="No borrowers yet"
              description="Borrowers appear here once you start Ignition for them or import them."
              action={
                permissions.canStartIgnition && (
                  <Button size="sm" asChild>
                    <Link href="/borrowers/new">Add a borrower</Link>
                  </Button>
                )
              }
            />
          )
        ) : (
          <BorrowerTable
            rows={page.rows}
            carrierNames={Object.fromEntries(
              page.rows.flatMap((row) =>
                row.primaryCarrier ? [[row.primaryCarrier, carrierName(row.primaryCarrier)]] : [],
              ),
            )}
            now={now}
            staleAfterHours={staleAfterHours}
            sort={sort}
            sortHrefs={
              Object.fromEntries(
                sortKeys.map((key) => [key, href({ sort: nextSort(sort, key, descendingFirst) })]),
              ) as Record<SortKey, string>
            }
            isSelectable={isSelectable}
          />
        )}
      </SelectionProvider>
      <KeysetPagination
        page={page}
        size={size}
        sizes={pageSizes}
        noun={["borrower", "borrowers"]}
        href={href}
      />
    </section>
  );
}
