import Link from "next/link";
import type { ReactNode } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { Badge, type Tone } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterForm, FilterSelect, filterInput, lowerCaseOptions } from "@/components/ui/filter-form";
import { replayEventAction, replayFailedAction } from "@/lib/actions/operations-actions";
import { utcStamp } from "@/lib/format-time";
import type { EventFilters, listEvents } from "@/lib/server/operations/list-events";

type Props = {
  events: Awaited<ReturnType<typeof listEvents>>["events"];
  counts: Partial<Record<string, number>>;
  filters: EventFilters;
  canReplay: boolean;
  /** Shown between the summary and the list (the reconcile panel). */
  children?: ReactNode;
};

const tones: Record<string, Tone> = {
  PROCESSED: "green",
  IGNORED: "slate",
  NEEDS_REVIEW: "amber",
  FAILED: "red",
  DEAD: "red",
  RECEIVED: "blue",
  PROCESSING: "blue",
};
const stamp = (date: Date | null) => (date ? utcStamp(date, { withSeconds: true }) : "—");

/** The webhook pipeline as an operator sees it: every event, its payload (redacted), attempts, errors, replay. */
export function EventLog({ events, counts, filters, canReplay, children }: Props) {
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">Operations</h1>
      <p className="flex flex-wrap gap-2 text-sm" data-testid="event-counts">
        {Object.entries(counts).map(([status, count]) => (
          <Badge key={status} tone={tones[status] ?? "slate"}>
            {status.toLowerCase()}: {count}
          </Badge>
        ))}
      </p>
      {children}
      <FilterForm>
        <label>
          Type{" "}
          <input
            name="type"
            defaultValue={filters.type ?? ""}
            placeholder="policy.modified"
            className={filterInput}
          />
        </label>
        <FilterSelect
          label="Status"
          name="status"
          value={filters.status}
          options={lowerCaseOptions(Object.keys(tones))}
          testId="event-status-filter"
        />
        <label>
          Borrower{" "}
          <input
            name="borrower"
            defaultValue={filters.borrower ?? ""}
            placeholder="loan reference"
            className={filterInput}
          />
        </label>
        <label>
          From <input name="from" type="datetime-local" className={filterInput} />
        </label>
        <label>
          To <input name="to" type="datetime-local" className={filterInput} />
        </label>
      </FilterForm>
      {canReplay && (
        <div className="rounded-xl bg-white p-4 text-sm shadow">
          <ActionForm
            action={replayFailedAction}
            label="Replay failed and dead events"
            testId="replay-failed"
          >
            <label>
              received since{" "}
              <input name="since" type="datetime-local" className={filterInput} data-testid="replay-since" />
            </label>
          </ActionForm>
        </div>
      )}
      {events.length === 0 ? (
        <EmptyState>No events match.</EmptyState>
      ) : (
        <ul className="space-y-2">
          {events.map((event) => (
            <li key={event.id} className="rounded-xl bg-white p-4 text-sm shadow" data-testid="event-row">
              <div className="flex flex-wrap items-center gap-3">
                <Badge tone={tones[event.status] ?? "slate"} testId="event-status">
                  {event.status.toLowerCase()}
                </Badge>
                <span className="font-medium">{event.type}</span>
                <span className="text-slate-500">{event.axleEventId}</span>
                {event.borrower && (
                  <Link href={`/borrowers/${event.borrower.id}`} className="text-blue-800 hover:underline">
                    {event.borrower.firstName} {event.borrower.lastName} ({event.borrower.loanReference})
                  </Link>
                )}
                <span className="text-slate-500">
                  received {stamp(event.receivedAt)} · {event.attempts} attempt(s)
                </span>
                {canReplay && event.status !== "PROCESSING" && (
                  <ActionForm
                    action={replayEventAction.bind(null, event.id)}
                    label="Replay"
                    testId="replay-event"
                  />
                )}
              </div>
              {event.lastError && (
                <p className="mt-1 text-red-700" data-testid="event-error">
                  {event.lastError}
                </p>
              )}
              {event.statusNote && <p className="mt-1 text-slate-600">{event.statusNote}</p>}
              <details className="mt-1">
                <summary className="cursor-pointer text-slate-600">Payload</summary>
                <pre className="mt-1 overflow-auto text-xs" data-testid="event-payload">
                  {event.payload}
                </pre>
              </details>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
