import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { replayEventAction } from "@/lib/actions/operations-actions";
import { formatCount } from "@/lib/format-human";
import { utcStamp } from "@/lib/format-time";
import type { EventListRow } from "@/lib/server/operations/list-events";
import { eventStatusLabels } from "./event-status-labels";

/** The webhook pipeline as an operator reads it: each event, what became of it, why, and a replay. */
export function EventLog({ rows, canReplay }: { rows: EventListRow[]; canReplay: boolean }) {
  return (
    <Table data-testid="event-log" containerClassName="rounded-lg border border-border bg-card shadow-card">
      <TableHeader>
        <TableRow className="hover:bg-transparent">
          <TableHead>Status</TableHead>
          <TableHead>Event</TableHead>
          <TableHead>Borrower</TableHead>
          <TableHead>Received</TableHead>
          <TableHead className="text-right">Attempts</TableHead>
          <TableHead>Outcome</TableHead>
          {canReplay && (
            <TableHead>
              <span className="sr-only">Actions</span>
            </TableHead>
          )}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((event) => {
          const status = eventStatusLabels[event.status];
          return (
            <TableRow key={event.id} data-testid="event-row" className="align-top">
              <TableCell>
                <Badge variant={status.tone} dot testId="event-status">
                  {status.label}
                </Badge>
              </TableCell>
              <TableCell className="min-w-52">
                <div className="font-medium">{event.type}</div>
                <div className="text-xs break-all text-muted-foreground">{event.axleEventId}</div>
                <details className="mt-1 text-xs">
                  <summary className="cursor-pointer text-muted-foreground hover:text-foreground">
                    Payload
                  </summary>
                  <pre
                    className="mt-1 max-h-64 max-w-md overflow-auto rounded-md bg-muted p-2 font-mono"
                    data-testid="event-payload"
                  >
                    {event.payload}
                  </pre>
                </details>
              </TableCell>
              <TableCell className="min-w-40">
                {event.borrower ? (
                  <>
                    <Link
                      href={`/borrowers/${event.borrower.id}`}
                      className="font-medium text-foreground hover:underline"
                    >
                      {event.borrower.firstName} {event.borrower.lastName}
                    </Link>
                    <div className="text-xs text-muted-foreground">Loan {event.borrower.loanReference}</div>
                  </>
                ) : (
                  <span className="text-muted-foreground">—</span>
                )}
              </TableCell>
              <TableCell className="whitespace-nowrap tabular-nums">
                {utcStamp(event.receivedAt, { withSeconds: true })}
                {event.processedAt && (
                  <div className="text-xs text-muted-foreground">
                    done {utcStamp(event.processedAt, { withSeconds: true })}
                  </div>
                )}
              </TableCell>
              <TableCell className="text-right tabular-nums">{formatCount(event.attempts)}</TableCell>
              <TableCell className="min-w-56 max-w-96">
                {event.lastError && (
                  <p className="break-words text-danger-foreground" data-testid="event-error">
                    {event.lastError}
                  </p>
                )}
                {event.statusNote && <p className="break-words text-muted-foreground">{event.statusNote}</p>}
                {!event.lastError && !event.statusNote && <span className="text-muted-foreground">—</span>}
              </TableCell>
              {canReplay && (
                <TableCell className="min-w-28">
                  {event.status !== "PROCESSING" && (
                    <ActionForm
                      action={replayEventAction.bind(null, event.id)}
                      label="Replay"
                      pendingLabel="Queueing…"
                      variant="outline"
                      size="sm"
                      testId="replay-event"
                    />
                  )}
                </TableCell>
              )}
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
