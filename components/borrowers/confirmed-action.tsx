"use client";

import { type ReactNode, useRef, useState } from "react";
import { Button, type ButtonProps } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { toast } from "@/components/ui/sonner";
import type { ActionState } from "@/lib/action-state";
import { cn } from "@/lib/cn";

type Props = {
  /** The server action, bound to its target; it receives the fields in `children`. */
  action: (previous: ActionState, form: FormData) => Promise<ActionState>;
  /** The button that opens the confirmation. */
  label: ReactNode;
  variant?: ButtonProps["variant"];
  size?: ButtonProps["size"];
  title: string;
  /** Exactly what will happen and to whom; given the submitted fields when it depends on them. */
  description: ReactNode | ((form: FormData) => ReactNode);
  confirmLabel: string;
  pendingLabel?: string;
  destructive?: boolean;
  /** data-testid of the button; the inline result gets `${testId}-notice` or `${testId}-error`. */
  testId: string;
  /** data-testid of the dialog's confirm button (default `${testId}-confirm`). */
  confirmTestId?: string;
  /**
   * Fields the user fills in before confirming (a reason, a date); checked by the browser first. A function gets
   * the last result, to show the server's field errors at their fields.
   */
  children?: ReactNode | ((result: ActionState) => ReactNode);
  className?: string;
};

/**
 * A destructive or outward action (descope, an email to the borrower, a waiver): the button opens a dialog
 * that says what will happen; the result shows next to the button and as a toast.
 */
export function ConfirmedAction({
  action,
  label,
  variant = "outline",
  size = "sm",
  title,
  description,
  confirmLabel,
  pendingLabel,
  destructive,
  testId,
  confirmTestId = `${testId}-confirm`,
  children,
  className,
}: Props) {
  const formRef = useRef<HTMLFormElement>(null);
  const [submitted, setSubmitted] = useState<FormData | null>(null);
  const [result, setResult] = useState<ActionState>({});
  const [attempt, setAttempt] = useState(0);
  // A refusal keeps the dialog open (with the reason in it) when ConfirmDialog would otherwise close it.
  const isRefused = useRef(false);

  async function confirm() {
    const outcome = await action({}, submitted ?? new FormData());
    setResult(outcome);
    isRefused.current = Boolean(outcome.error);
    if (outcome.error) return;
    if (outcome.notice) toast.success(outcome.notice);
    formRef.current?.reset();
  }

  return (
    <>
      <form
        ref={formRef}
        className={cn("flex flex-wrap items-end gap-2", className)}
        onSubmit={(event) => {
          // The browser has checked the fields; the dialog asks before anything is sent.
          event.preventDefault();
          setResult({});
          setAttempt((count) => count + 1);
          setSubmitted(new FormData(event.currentTarget));
        }}
      >
        {typeof children === "function" ? children(result) : children}
        <Button type="submit" variant={variant} size={size} data-testid={testId}>
          {label}
        </Button>
        {result.error && !submitted && (
          <span role="alert" className="self-center text-sm text-destructive" data-testid={`${testId}-error`}>
            {result.error}
          </span>
        )}
        {result.notice && (
          <span
            role="status"
            className="self-center text-sm text-success-foreground"
            data-testid={`${testId}-notice`}
          >
            {result.notice}
          </span>
        )}
      </form>
      <ConfirmDialog
        key={attempt}
        open={submitted !== null}
        onOpenChange={(isOpen) => {
          if (isOpen) return;
          if (isRefused.current) {
            isRefused.current = false;
            return;
          }
          setSubmitted(null);
        }}
        title={title}
        description={
          typeof description === "function" ? description(submitted ?? new FormData()) : description
        }
        body={
          result.error &&
          submitted && (
            <p
              role="alert"
              className="rounded-md bg-danger-soft px-3 py-2 text-sm text-danger-foreground"
              data-testid={`${testId}-error`}
            >
              {result.error}
            </p>
          )
        }
        confirmLabel={confirmLabel}
        pendingLabel={pendingLabel}
        destructive={destructive}
        onConfirm={confirm}
        confirmTestId={confirmTestId}
      />
    </>
  );
}
