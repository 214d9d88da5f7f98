import type { Metadata } from "next";
import { OperationsView } from "@/components/operations/operations-view";
import { ReconcileRuns } from "@/components/operations/reconcile-runs";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/server/auth/current-user";
import { formatFilterTime, listEvents, parseEventListParams } from "@/lib/server/operations/list-events";
import { listReconcileRuns } from "@/lib/server/operations/request-reconcile";

export const metadata: Metadata = { title: "Operations" };

const dayMs = 24 * 60 * 60 * 1000;

export default async function OperationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePagePermission("operations.read");
  const params = parseEventListParams(await searchParams);
  // Borrowers' emails and phones in the payloads are for admins only.
  const hidePersonal = !can(user.role, "users.manage");
  const [page, runs] = await Promise.all([listEvents(params, { hidePersonal }), listReconcileRuns()]);
  const canReplay = can(user.role, "operations.replay");
  return (
    <OperationsView
      params={params}
      page={page}
      canReplay={canReplay}
      reconcile={<ReconcileRuns runs={runs} canRun={canReplay} />}
      defaultReplaySince={formatFilterTime(new Date(Date.now() - dayMs))}
    />
  );
}
