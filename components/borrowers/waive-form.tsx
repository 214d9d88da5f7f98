"use client";

import { useId } from "react";
import { Input } from "@/components/ui/input";
import { waiveViolationAction } from "@/lib/actions/violation-actions";
import { formatDate } from "@/lib/format-human";
import { ConfirmedAction } from "./confirmed-action";

/** Accept a violation's risk until a date, with a reason; the dialog repeats both before anything is saved. */
export function WaiveForm({
  violationId,
  title,
  borrowerName,
}: {
  violationId: string;
  title: string;
  borrowerName: string;
}) {
  const id = useId();
  return (
    <ConfirmedAction
      action={waiveViolationAction.bind(null, violationId)}
      label="Waive"
      title={`Waive “${title}”?`}
      description={(form) => {
        const until = new Date(String(form.get("until") ?? ""));
        const reason = String(form.get("reason") ?? "").trim();
        return (
          <>
            “{title}” stops counting against {borrowerName}'s compliance status until{" "}
            <strong className="text-foreground">
              {Number.isNaN(until.getTime()) ? "the date you gave" : formatDate(until)}
            </strong>
            , and no reminders go out for it; then it opens again. The waiver and its reason
            {reason ? ` (“${reason}”)` : ""} are recorded in the audit log.
          </>
        );
      }}
      confirmLabel="Waive"
      pendingLabel="Waiving…"
      testId="waive"
    >
      <div className="grid min-w-48 flex-1 gap-1.5">
        <label htmlFor={`${id}-reason`} className="text-xs font-medium">
          Reason for the waiver
        </label>
        <Input
          id={`${id}-reason`}
          name="reason"
          required
          minLength={3}
          maxLength={1000}
          data-testid="waive-reason"
        />
      </div>
      <div className="grid gap-1.5">
        <label htmlFor={`${id}-until`} className="text-xs font-medium">
          Until
        </label>
        <Input
          id={`${id}-until`}
          name="until"
          type="date"
          required
          className="w-auto"
          data-testid="waive-until"
        />
      </div>
    </ConfirmedAction>
  );
}
