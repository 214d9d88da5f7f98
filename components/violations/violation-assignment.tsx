"use client";

import { UserRoundPen } from "lucide-react";
import { createContext, type ReactNode, useContext, useId, useState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { assignViolationAction } from "@/lib/actions/violation-actions";

const nobody = "none";

type Option = { value: string; label: string };

// The people a violation can be assigned to, given once for the whole table rather than to each of its rows
// (which would repeat the list a hundred times in the page's payload).
const AssigneeOptionsContext = createContext<Option[]>([]);

export function AssigneeOptionsProvider({ options, children }: { options: Option[]; children: ReactNode }) {
  return <AssigneeOptionsContext.Provider value={options}>{children}</AssigneeOptionsContext.Provider>;
}

type Props = {
  violationId: string;
  /** "Policy active for Dana Diaz": what the controls are about, for screen readers. */
  title: string;
  assignee: { id: string; name: string } | null;
  /** The due date as a date input's value, or empty. */
  dueAt: string;
  isManageable: boolean;
};

/**
 * Who works a violation, and for those who may act, a small form to change the assignee and due date at once.
 * Used by the queue's rows (inside an AssigneeOptionsProvider); the borrower's record can place it beside a
 * violation the same way.
 */
export function ViolationAssignment({ violationId, title, assignee, dueAt, isManageable }: Props) {
  const id = useId();
  const assignees = useContext(AssigneeOptionsContext);
  const [assigneeId, setAssigneeId] = useState(assignee?.id ?? nobody);
  const name = assignee ? (
    <span data-testid="assignee-name">{assignee.name}</span>
  ) : (
    <span className="text-muted-foreground">Unassigned</span>
  );
  if (!isManageable) return name;
  return (
    <span className="inline-flex items-center gap-1">
      {name}
      <Popover>
        <PopoverTrigger asChild>
          <Button
            variant="ghost"
            size="icon-sm"
            aria-label={`Assign ${title}`}
            data-testid="assign-violation"
          >
            <UserRoundPen aria-hidden />
          </Button>
        </PopoverTrigger>
        <PopoverContent align="end" className="w-72">
          <ActionForm
            action={assignViolationAction.bind(null, violationId)}
            label="Save"
            pendingLabel="Saving…"
            size="sm"
            testId="assign-save"
            className="grid gap-3"
          >
            <input type="hidden" name="assigneeId" value={assigneeId === nobody ? "" : assigneeId} />
            <div className="grid gap-1.5">
              <span id={`${id}-assignee`} className="text-xs font-medium">
                Assignee
              </span>
              <Select value={assigneeId} onValueChange={setAssigneeId}>
                <SelectTrigger size="sm" aria-labelledby={`${id}-assignee`} data-testid="assign-select">
                  <SelectValue />
                </SelectTrigger>
                <SelectContent>
                  <SelectItem value={nobody}>Unassigned</SelectItem>
                  {assignees.map((option) => (
                    <SelectItem key={option.value} value={option.value}>
                      {option.label}
                    </SelectItem>
                  ))}
                </SelectContent>
              </Select>
            </div>
            <div className="grid gap-1.5">
              <label htmlFor={`${id}-due`} className="text-xs font-medium">
                Due date
              </label>
              <Input
                id={`${id}-due`}
                name="dueAt"
                type="date"
                defaultValue={dueAt}
                data-testid="assign-due"
              />
            </div>
          </ActionForm>
        </PopoverContent>
      </Popover>
    </span>
  );
}
