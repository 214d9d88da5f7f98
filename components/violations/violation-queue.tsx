import { CircleCheck, Download } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { KeysetPagination } from "@/components/ui/keyset-pagination";
import { ListNotices } from "@/components/ui/list-notices";
import { NoMatches } from "@/components/ui/no-matches";
import { PageHeader } from "@/components/ui/page-header";
import {
  hasViolationFilters,
  type ViolationListPage,
  type ViolationListParams,
  violationListQuery,
  violationPageSizes,
} from "@/lib/server/violations/list-violations";
import { ViolationTable } from "./violation-table";
import { ViolationToolbar } from "./violation-toolbar";

type Option = { value: string; label: string };

type Props = {
  params: ViolationListParams;
  page: ViolationListPage;
  rules: Option[];
  profiles: Option[];
  now: Date;
};

/** Every live violation across borrowers, oldest first, a page at a time; filters and page in the URL. */
export function ViolationQueue({ params, page, rules, profiles, now }: Props) {
  const { filters, size } = params;
  const filterQuery = violationListQuery(filters);
  const href = (changes: { size?: number; cursor?: string }) =>
    `/violations${violationListQuery(filters, { size: changes.size ?? size, cursor: changes.cursor })}`;

  return (
    <section>
      <PageHeader
        title="Violations"
        description="Every requirement a borrower's policy fails today, oldest first: the ones waiting longest lead."
        actions={
          <Button variant="outline" size="sm" asChild>
            <a href={`/violations/export.csv${filterQuery}`} download data-testid="export-violations">
              <Download aria-hidden /> Export CSV
            </a>
          </Button>
        }
      />
      <ListNotices notices={params.notices} />
      <ViolationToolbar filters={filters} rules={rules} profiles={profiles} />
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
          now={now}
          defaultProfileName={
            profiles.find((profile) => profile.value === "default")?.label ?? "Default profile"
          }
        />
      )}
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
