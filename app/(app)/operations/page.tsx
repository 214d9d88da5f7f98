import type { Metadata } from "next";
import { EventLog } from "@/components/operations/event-log";
import { ReconcileRuns } from "@/components/operations/reconcile-runs";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/server/auth/current-user";
import { eventFiltersSchema, listEvents } from "@/lib/server/operations/list-events";
import { listReconcileRuns } from "@/lib/server/operations/request-reconcile";

export const metadata: Metadata = { title: "Operations" };

export default async function OperationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requirePagePermission("operations.read");
  const filters = eventFiltersSchema.parse(await searchParams);
  const [{ events, counts }, runs] = await Promise.all([listEvents(filters), listReconcileRuns()]);
  const canReplay = can(user.role, "operations.replay");
  return (
    <EventLog events={events} counts={counts} filters={filters} canReplay={canReplay}>
      <ReconcileRuns runs={runs} canRun={canReplay} />
    </EventLog>
  );
}
