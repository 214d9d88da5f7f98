"use client";

import { type ReactNode, useActionState, useEffect } from "react";
import { toast } from "sonner";
import type { ActionState } from "@/lib/action-state";
import { cn } from "@/lib/cn";
import type { ButtonProps } from "./button";
import { SubmitButton } from "./submit-button";

type Props = {
  action: (previous: ActionState, form: FormData) => Promise<ActionState>;
  label: string;
  pendingLabel?: string;
  variant?: ButtonProps["variant"];
  size?: ButtonProps["size"];
  testId?: string;
  children?: ReactNode;
  className?: string;
};

/**
 * A small form around one server action: its fields, one button, and the action's message after it ran,
 * both inline (next to the control that caused it) and as a toast (seen wherever the user has scrolled).
 */
export function ActionForm({
  action,
  label,
  pendingLabel = "Working…",
  variant = "secondary",
  size,
  testId,
  children,
  className,
}: Props) {
  const [state, run, isPending] = useActionState<ActionState, FormData>(action, {});

  useEffect(() => {
    // A new state object arrives after every run, so each result toasts once.
    if (state.error) toast.error(state.error);
    else if (state.notice) toast.success(state.notice);
  }, [state]);

  return (
    <form action={run} className={cn("flex flex-wrap items-end gap-2", className)}>
      {children}
      <SubmitButton
        isPending={isPending}
        pendingLabel={pendingLabel}
        variant={variant}
        size={size}
        data-testid={testId}
      >
        {label}
      </SubmitButton>
      {state.error && (
        <span
          className="self-center text-sm text-destructive"
          data-testid={testId ? `${testId}-error` : undefined}
        >
          {state.error}
        </span>
      )}
      {state.notice && (
        <span
          className="self-center text-sm text-success-foreground"
          data-testid={testId ? `${testId}-notice` : undefined}
        >
          {state.notice}
        </span>
      )}
    </form>
  );
}
