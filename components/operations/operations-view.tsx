import { Inbox } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { KeysetPagination } from "@/components/ui/keyset-pagination";
import { ListNotices } from "@/components/ui/list-notices";
import { NoMatches } from "@/components/ui/no-matches";
import { PageHeader } from "@/components/ui/page-header";
import { formatCount } from "@/lib/format-human";
import {
  type EventListPage,
  type EventListParams,
  eventListQuery,
  eventPageSizes,
  eventStatuses,
  formatFilterTime,
} from "@/lib/server/operations/list-events";
import { EventLog } from "./event-log";
import { eventStatusLabels } from "./event-status-labels";
import { EventToolbar } from "./event-toolbar";
import { ReplayFailed } from "./replay-failed";

type Props = {
  params: EventListParams;
  page: EventListPage;
  canReplay: boolean;
  /** The reconcile card, rendered by the page. */
  reconcile: ReactNode;
  /** Where "replay failed since" starts, as a datetime-local value (UTC). */
  defaultReplaySince: string;
};

/** The pipeline's health: events by status, the reconcile job, replay, and the event log a page at a time. */
export function OperationsView({ params, page, canReplay, reconcile, defaultReplaySince }: Props) {
  const { filters, size } = params;
  const href = (changes: { size?: number; cursor?: string }) =>
    `/operations${eventListQuery(filters, { size: changes.size ?? size, cursor: changes.cursor })}`;
  const hasFilters = Object.values(filters).some((value) => value !== undefined);

  return (
    <section>
      <PageHeader
        title="Operations"
        description="The webhook pipeline: every event Axle delivered and what became of it, replays, and the reconcile job that finds the changes no event announced."
      >
        <ul className="flex flex-wrap gap-2" data-testid="event-counts" aria-label="Events by status">
          {eventStatuses.map((status) => {
            const count = page.counts[status] ?? 0;
            const { label, tone } = eventStatusLabels[status];
            return (
              <li key={status}>
                <Link
                  href={`/operations?status=${status}`}
                  className="rounded-full focus-visible:outline-2 focus-visible:outline-ring"
                >
                  <Badge variant={count === 0 ? "outline" : tone} className="hover:opacity-80">
                    {label}: <span className="tabular-nums">{formatCount(count)}</span>
                  </Badge>
                </Link>
              </li>
            );
          })}
        </ul>
      </PageHeader>
      <ListNotices notices={params.notices} />
      <div className={canReplay ? "mb-6 grid gap-4 xl:grid-cols-2" : "mb-6"}>
        {reconcile}
        {canReplay && <ReplayFailed defaultSince={defaultReplaySince} />}
      </div>
      <h2 className="mb-3 text-heading">Event log</h2>
      <EventToolbar
        values={{
          ...filters,
          from: filters.from && formatFilterTime(filters.from),
          to: filters.to && formatFilterTime(filters.to),
        }}
      />
      {page.rows.length === 0 ? (
        hasFilters ? (
          <NoMatches
            testId="events-empty"
            title="No event matches these filters"
            description="Try another type, status or time range, or clear the filters."
            clearHref="/operations"
          />
        ) : (
          <EmptyState
            testId="events-none"
            icon={<Inbox />}
            title="No webhook event yet"
            description="Events appear here as Axle delivers them, once a borrower is connected."
          />
        )
      ) : (
        <EventLog rows={page.rows} canReplay={canReplay} />
      )}
      {(page.rows.length > 0 || page.previousCursor) && (
        <KeysetPagination
          page={page}
          size={size}
          sizes={eventPageSizes}
          noun={["event", "events"]}
          href={href}
        />
      )}
    </section>
  );
}
