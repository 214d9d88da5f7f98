"use client";

import { Loader2 } from "lucide-react";
import { type ReactNode, useState, useTransition } from "react";
import { useFormStatus } from "react-dom";
import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "./alert-dialog";
import { Button } from "./button";

/** What `onConfirm` may answer: nothing (done, close) or an error to show while the dialog stays open. */
export type ConfirmResult = { error?: string } | undefined;

function errorOf(result: unknown): string | undefined {
  if (typeof result !== "object" || result === null || !("error" in result)) return undefined;
  return typeof result.error === "string" && result.error ? result.error : undefined;
}

type ConfirmDialogProps = {
  /** The element that opens the dialog (rendered as is, e.g. a Button). Omit it to control `open` yourself. */
  children?: ReactNode;
  title: string;
  /** Exactly what will happen and to whom: "Coverwatch stops monitoring Dana Diaz's policy at State Farm." */
  description: ReactNode;
  confirmLabel: string;
  pendingLabel?: string;
  cancelLabel?: string;
  /** Paints the confirm button as destructive. */
  destructive?: boolean;
  /**
   * Called on confirm; the dialog shows the pending state until it settles, then closes. Answering a
   * ConfirmResult (an ActionState fits) with an `error` keeps the dialog open and shows it.
   */
  onConfirm?: () => Promise<unknown> | unknown;
  /** Instead of onConfirm: a form action, submitted with the fields in `body` (hidden inputs, a reason). */
  formAction?: (form: FormData) => void | Promise<void>;
  /** Instead of onConfirm: the id of a form elsewhere on the page that the confirm button submits. */
  formId?: string;
  /** Extra content between the description and the buttons (inside the form when `formAction` is set). */
  body?: ReactNode;
  /** A pending state the caller knows about (its own useActionState), shown on the confirm button. */
  isPending?: boolean;
  /** Keeps the confirm button off until the body holds a complete choice (a date picked). */
  isConfirmDisabled?: boolean;
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** data-testid of the confirm button; the dialog gets `${confirmTestId}-dialog`. */
  confirmTestId?: string;
};

/** The one confirmation for destructive and outward actions (descope, emails to borrowers, bulk actions). */
export function ConfirmDialog({
  children,
  title,
  description,
  confirmLabel,
  pendingLabel = "Working…",
  cancelLabel = "Cancel",
  destructive = false,
  onConfirm,
  formAction,
  formId,
  body,
  isPending: isPendingOutside = false,
  isConfirmDisabled = false,
  open: openOutside,
  onOpenChange,
  confirmTestId,
}: ConfirmDialogProps) {
  const [openInside, setOpenInside] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [isRunning, startTransition] = useTransition();
  const open = openOutside ?? openInside;
  const isPending = isRunning || isPendingOutside;

  function setOpen(next: boolean) {
    // Closing while the action runs would hide its outcome; Escape and Cancel wait for it.
    if (!next && isPending) return;
    if (next) setError(null);
    setOpenInside(next);
    onOpenChange?.(next);
  }

  function confirm() {
    if (!onConfirm) return;
    setError(null);
    startTransition(async () => {
      try {
        const message = errorOf(await onConfirm());
        if (message) {
          setError(message);
          return;
        }
        setOpenInside(false);
        onOpenChange?.(false);
      } catch {
        setError("Something went wrong. Please try again.");
      }
    });
  }

  const buttonProps = {
    variant: destructive ? ("destructive" as const) : ("default" as const),
    "data-testid": confirmTestId,
  };

  const footer = (submit: ReactNode) => (
    <>
      {body}
      {error && (
        <p role="alert" className="rounded-md bg-danger-soft px-3 py-2 text-sm text-danger-foreground">
          {error}
        </p>
      )}
      <AlertDialogFooter>
        <AlertDialogCancel disabled={isPending}>{cancelLabel}</AlertDialogCancel>
        {submit}
      </AlertDialogFooter>
    </>
  );

  return (
    <AlertDialog open={open} onOpenChange={setOpen}>
      {children && <AlertDialogTrigger asChild>{children}</AlertDialogTrigger>}
      <AlertDialogContent data-testid={confirmTestId ? `${confirmTestId}-dialog` : undefined}>
        <AlertDialogHeader>
          <AlertDialogTitle>{title}</AlertDialogTitle>
          <AlertDialogDescription>{description}</AlertDialogDescription>
        </AlertDialogHeader>
        {formAction ? (
          <form
            className="grid gap-4"
            action={async (form) => {
              await formAction(form);
              setOpenInside(false);
              onOpenChange?.(false);
            }}
          >
            {footer(
              <FormSubmit {...buttonProps} isPending={isPendingOutside} pendingLabel={pendingLabel}>
                {confirmLabel}
              </FormSubmit>,
            )}
          </form>
        ) : (
          footer(
            <Button
              {...buttonProps}
              type={formId ? "submit" : "button"}
              form={formId}
              onClick={formId ? () => setTimeout(() => setOpen(false)) : confirm}
              disabled={isPending || isConfirmDisabled}
              aria-busy={isPending || undefined}
            >
              {isPending && <Loader2 aria-hidden className="animate-spin" />}
              {isPending ? pendingLabel : confirmLabel}
            </Button>,
          )
        )}
      </AlertDialogContent>
    </AlertDialog>
  );
}

function FormSubmit({
  children,
  isPending: isPendingOutside,
  pendingLabel,
  ...props
}: {
  children: ReactNode;
  isPending: boolean;
  pendingLabel: string;
  variant: "destructive" | "default";
  "data-testid"?: string;
}) {
  const { pending } = useFormStatus();
  const isPending = pending || isPendingOutside;
  return (
    <Button type="submit" disabled={isPending} aria-busy={isPending || undefined} {...props}>
      {isPending && <Loader2 aria-hidden className="animate-spin" />}
      {isPending ? pendingLabel : children}
    </Button>
  );
}
