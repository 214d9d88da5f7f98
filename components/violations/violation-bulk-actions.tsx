"use client";

import { CalendarClock, Check, Mail, ShieldOff, UserRoundPen } from "lucide-react";
import { useId, useState } from "react";
import { BulkActionBar } from "@/components/bulk/bulk-action-bar";
import { BulkEmailConfirm } from "@/components/bulk/bulk-email-preview";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { bulkActionKinds } from "@/lib/bulk/bulk-action-kinds";
import { countOf, formatDate } from "@/lib/format-human";
import { waiverEndProblem, waiverSchema } from "@/lib/violations/violation-inputs";

type Props = {
  /** The bulk actions the page lists already (see BulkActionBar). */
  shownIds: string[];
  /** Every violation matching the queue's filters. */
  total: number;
  pageSize: number;
  /** The queue's query string (filters and sort): what "all matching" means. */
  query: string;
  assignees: { value: string; label: string }[];
  currentUserId: string;
  canAskReconnect: boolean;
  now: Date;
};

const nobody = "none";

/** A date input's value as a date, or null when empty or not a date. */
function dateOf(value: string): Date | null {
  const date = new Date(value);
  return value && !Number.isNaN(date.getTime()) ? date : null;
}

/** The queue's bulk actions on the shared bar: acknowledge, waive, ask to reconnect, assign, set a due date. */
export function ViolationBulkActions({
  total,
  pageSize,
  query,
  assignees,
  currentUserId,
  canAskReconnect,
  now,
  shownIds,
}: Props) {
  const id = useId();
  const [reason, setReason] = useState("");
  const [until, setUntil] = useState("");
  const [assigneeId, setAssigneeId] = useState(currentUserId);
  const [dueAt, setDueAt] = useState("");
  const [isClearingDue, setIsClearingDue] = useState(false);
  const untilDate = dateOf(until);
  const dueDate = dateOf(dueAt);
  const assigneeName =
    assigneeId === nobody
      ? null
      : assigneeId === currentUserId
        ? "you"
        : (assignees.find((option) => option.value === assigneeId)?.label ?? "them");

  return (
    <BulkActionBar
      list="violations"
      total={total}
      pageSize={pageSize}
      query={query}
      shownIds={shownIds}
      noun={["violation", "violations"]}
    >
      {({ count, who, isAllMatching, ids, start }) => {
        const violations = countOf(count, "violation", "violations");
        return (
          <>
            <ConfirmDialog
              title={`Acknowledge ${violations}?`}
              description={bulkActionKinds["violation-acknowledge"].consequence(who)}
              confirmLabel={`Acknowledge ${violations}`}
              pendingLabel="Acknowledging…"
              onConfirm={() => start("violation-acknowledge")}
              confirmTestId="bulk-acknowledge-confirm"
            >
              <Button variant="outline" size="sm" data-testid="bulk-acknowledge">
                <Check aria-hidden /> Acknowledge
              </Button>
            </ConfirmDialog>
            <ConfirmDialog
              title={`Waive ${violations}${untilDate ? ` until ${formatDate(untilDate)}` : ""}?`}
              description={bulkActionKinds["violation-waive"].consequence(who)}
              confirmLabel={`Waive ${violations}`}
              pendingLabel="Waiving…"
              onConfirm={() => {
                const waiver = waiverSchema.safeParse({ reason, until: until || undefined });
                if (!waiver.success) return { error: waiver.error.issues[0]?.message ?? "Check the waiver." };
                const problem = waiverEndProblem(waiver.data.until, now);
                if (problem) return { error: problem };
                return start("violation-waive", { reason: waiver.data.reason, until });
              }}
              confirmTestId="bulk-waive-confirm"
              body={
                <div className="grid gap-3">
                  <div className="grid gap-1.5">
                    <label htmlFor={`${id}-reason`} className="text-xs font-medium">
                      Reason for the waiver
                    </label>
                    <Input
                      id={`${id}-reason`}
                      value={reason}
                      onChange={(event) => setReason(event.target.value)}
                      required
                      maxLength={1000}
                      data-testid="bulk-waive-reason"
                    />
                  </div>
                  <div className="grid gap-1.5">
                    <label htmlFor={`${id}-until`} className="text-xs font-medium">
                      Until
                    </label>
                    <Input
                      id={`${id}-until`}
                      type="date"
                      value={until}
                      min={new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10)}
                      onChange={(event) => setUntil(event.target.value)}
                      required
                      className="w-auto"
                      data-testid="bulk-waive-until"
                    />
                  </div>
                </div>
              }
            >
              <Button variant="outline" size="sm" data-testid="bulk-waive">
                <ShieldOff aria-hidden /> Waive
              </Button>
            </ConfirmDialog>
            {canAskReconnect && (
              <BulkEmailConfirm
                kind="ask-reconnect"
                list="violations"
                ids={isAllMatching ? null : ids}
                query={query}
                title="Ask the borrowers to reconnect?"
                description={`${bulkActionKinds["ask-reconnect"].consequence(
                  "The borrowers counted below",
                )} A borrower with several of these violations gets one email.`}
                confirmLabel={(recipients) => `Send ${countOf(recipients, "email", "emails")}`}
                onConfirm={() => start("ask-reconnect")}
                confirmTestId="bulk-ask-reconnect-confirm"
              >
                <Button variant="outline" size="sm" data-testid="bulk-ask-reconnect">
                  <Mail aria-hidden /> Ask to reconnect
                </Button>
              </BulkEmailConfirm>
            )}
            <ConfirmDialog
              title={assigneeName ? `Assign ${violations} to ${assigneeName}?` : `Unassign ${violations}?`}
              description={
                assigneeName
                  ? bulkActionKinds["violation-assign"].consequence(who)
                  : `${who} will have no one assigned.`
              }
              confirmLabel={assigneeName ? "Assign" : "Unassign"}
              pendingLabel="Assigning…"
              onConfirm={() =>
                start("violation-assign", { assigneeId: assigneeId === nobody ? null : assigneeId })
              }
              confirmTestId="bulk-assign-confirm"
              body={
                <Select value={assigneeId} onValueChange={setAssigneeId}>
                  <SelectTrigger aria-label="Assignee" data-testid="bulk-assign-select">
                    <SelectValue />
                  </SelectTrigger>
                  <SelectContent>
                    <SelectItem value={nobody}>Unassigned</SelectItem>
                    {assignees.map((option) => (
                      <SelectItem key={option.value} value={option.value}>
                        {option.value === currentUserId ? `${option.label} (me)` : option.label}
                      </SelectItem>
                    ))}
                  </SelectContent>
                </Select>
              }
            >
              <Button variant="outline" size="sm" data-testid="bulk-assign">
                <UserRoundPen aria-hidden /> Assign
              </Button>
            </ConfirmDialog>
            <ConfirmDialog
              title={
                isClearingDue
                  ? `Clear the due date of ${violations}?`
                  : dueDate
                    ? `Set ${violations} due on ${formatDate(dueDate)}?`
                    : `Set a due date for ${violations}`
              }
              description={
                isClearingDue
                  ? `${who} will have no due date.`
                  : dueDate
                    ? bulkActionKinds["violation-set-due"].consequence(who)
                    : "Pick the date they are due by."
              }
              confirmLabel={isClearingDue ? "Clear due dates" : "Set due date"}
              destructive={isClearingDue}
              isConfirmDisabled={!isClearingDue && !dueDate}
              pendingLabel="Saving…"
              onConfirm={() => start("violation-set-due", { dueAt: isClearingDue ? null : dueAt })}
              confirmTestId="bulk-due-confirm"
              body={
                <div className="grid gap-3">
                  <div className="grid gap-1.5">
                    <label htmlFor={`${id}-due`} className="text-xs font-medium">
                      Due date
                    </label>
                    <Input
                      id={`${id}-due`}
                      type="date"
                      value={dueAt}
                      disabled={isClearingDue}
                      onChange={(event) => setDueAt(event.target.value)}
                      className="w-auto"
                      data-testid="bulk-due-date"
                    />
                  </div>
                  <label className="flex items-center gap-2 text-sm">
                    <input
                      type="checkbox"
                      className="row-check"
                      checked={isClearingDue}
                      onChange={(event) => setIsClearingDue(event.target.checked)}
                      data-testid="bulk-due-clear"
                    />
                    Clear their due dates instead
                  </label>
                </div>
              }
            >
              <Button variant="outline" size="sm" data-testid="bulk-due">
                <CalendarClock aria-hidden /> Due date
              </Button>
            </ConfirmDialog>
          </>
        );
      }}
    </BulkActionBar>
  );
}
