import Link from "next/link";
import type { ReactNode } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { Badge, type Tone } from "@/components/ui/badge";
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
const field = "rounded border border-slate-300 px-2 py-1";
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
      <form className="flex flex-wrap items-end gap-3 rounded-xl bg-white p-4 text-sm shadow">
        <label>
          Type{" "}
          <input
            name="type"
            defaultValue={filters.type ?? ""}
            placeholder="policy.modified"
            className={field}
          />
        </label>
        <label>
          Status{" "}
          <select
            name="status"
            defaultValue={filters.status ?? ""}
            className={field}
            data-testid="event-status-filter"
          >
            <option value="">any</option>
            {Object.keys(tones).map((status) => (
              <option key={status} value={status}>
                {status.toLowerCase()}
              </option>
            ))}
          </select>
        </label>
        <label>
          Borrower{" "}
          <input
            name="borrower"
            defaultValue={filters.borrower ?? ""}
            placeholder="loan reference"
            className={field}
          />
        </label>
        <label>
          From <input name="from" type="datetime-local" className={field} />
        </label>
        <label>
          To <input name="to" type="datetime-local" className={field} />
        </label>
        <button type="submit" className="rounded-md bg-blue-700 px-3 py-1.5 text-white">
          Filter
        </button>
      </form>
      {canReplay && (
        <div className="rounded-xl bg-white p-4 text-sm shadow">
          <ActionForm
            action={replayFailedAction}
            label="Replay failed and dead events"
            testId="replay-failed"
          >
            <label>
              received since{" "}
              <input name="since" type="datetime-local" className={field} data-testid="replay-since" />
            </label>
          </ActionForm>
        </div>
      )}
      {events.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
          No events match.
        </p>
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
