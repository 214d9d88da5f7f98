"use client";

import { type ReactNode, useActionState } from "react";
import type { ActionState } from "@/lib/action-state";
import { Button } from "./button";

type Props = {
  action: (previous: ActionState, form: FormData) => Promise<ActionState>;
  label: string;
  pendingLabel?: string;
  variant?: "primary" | "secondary" | "danger";
  testId?: string;
  children?: ReactNode;
};

/** A small form around one server action: its fields, one button, and the action's message after it ran. */
export function ActionForm({
  action,
  label,
  pendingLabel = "Working…",
  variant = "secondary",
  testId,
  children,
}: Props) {
  const [state, run, isPending] = useActionState<ActionState, FormData>(action, {});
  return (
    <form action={run} className="flex flex-wrap items-end gap-2">
      {children}
      <Button type="submit" variant={variant} disabled={isPending} data-testid={testId}>
        {isPending ? pendingLabel : label}
      </Button>
      {state.error && (
        <span className="text-sm text-red-700" data-testid={testId ? `${testId}-error` : undefined}>
          {state.error}
        </span>
      )}
      {state.notice && (
        <span className="text-sm text-green-800" data-testid={testId ? `${testId}-notice` : undefined}>
          {state.notice}
        </span>
      )}
    </form>
  );
}
