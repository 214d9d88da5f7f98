import type { Metadata } from "next";
import { BorrowerListView } from "@/components/borrowers/list/borrower-list-view";
import { can } from "@/lib/auth/permissions";
import { parseBorrowerListParams, type RawSearchParams } from "@/lib/borrowers/list-params";
import { bulkActionKindsStartedFrom } from "@/lib/bulk/bulk-action-kinds";
import { requirePagePermission } from "@/lib/server/auth/current-user";
import { listBorrowers } from "@/lib/server/borrowers/list-borrowers";
import { listFilterOptions } from "@/lib/server/borrowers/list-filter-options";
import { listRecentBulkActions } from "@/lib/server/bulk/get-bulk-action-progress";
import { getCarrierNames } from "@/lib/server/carriers/carrier-names";
import { env } from "@/lib/server/env";

export const metadata: Metadata = { title: "Borrowers" };

export default async function BorrowersPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await requirePagePermission("borrowers.read");
  const params = parseBorrowerListParams(await searchParams);
  const now = new Date();
  const clock = { now, staleAfterHours: env.FRESHNESS_STALE_HOURS };
  const [page, options, carrierName, recentBulkActions] = await Promise.all([
    listBorrowers(params, clock),
    listFilterOptions(),
    getCarrierNames(),
    listRecentBulkActions(user.id, now, bulkActionKindsStartedFrom("borrowers")),
  ]);
  // A carrier or profile no borrower has (a typo, an old link) matches nobody: say so rather than show nothing.
  const unknown = [
    { label: "carrier", value: params.filters.carrier, choices: options.carriers },
    { label: "profile", value: params.filters.profile, choices: options.profiles },
  ].filter(({ value, choices }) => value && !choices.some((choice) => choice.value === value));
  const notices = [
    ...params.notices,
    ...unknown.map(({ label, value }) => `No borrower has the ${label} “${value}”.`),
  ];
  return (
    <BorrowerListView
      params={{ ...params, notices }}
      page={page}
      options={options}
      carrierName={carrierName}
      recentBulkActions={recentBulkActions}
      now={now}
      staleAfterHours={env.FRESHNESS_STALE_HOURS}
      permissions={{
        canStartIgnition: can(user.role, "ignition.start"),
        canAskReconnect: can(user.role, "outreach.send"),
        canAssignProfile: can(user.role, "profiles.assign"),
      }}
    />
  );
}
