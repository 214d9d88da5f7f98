"use client";

import { type ReactNode, useEffect, useState } from "react";
import { ConfirmDialog, type ConfirmResult } from "@/components/ui/confirm-dialog";
import { Skeleton } from "@/components/ui/skeleton";
import { previewBulkEmailAction } from "@/lib/actions/bulk-actions";
import { formatCount } from "@/lib/format-human";
import type { BulkEmailPreview as Preview } from "@/lib/server/onboarding/preview-bulk-email";

type Props = {
  kind: "invite" | "ask-reconnect";
  /** Told how many the email reaches once the preview is read (null until then). */
  onRecipients?: (recipients: number | null) => void;
  list: "borrowers" | "violations";
  /** The ticked rows, or null for every row matching `query`. */
  ids: string[] | null;
  query: string;
};

const skipWords: Record<keyof Preview["skipped"], string> = {
  optedOut: "opted out of email",
  connected: "already connected",
  invited: "already invited",
  descoped: "no longer monitored",
};

/**
 * Inside a bulk email's confirmation: how many borrowers it reaches, who is skipped and why, and the email as
 * the first of them will read it. Read when the dialog opens; nothing is sent until the confirmation.
 */
export function BulkEmailPreview({ kind, list, ids, query, onRecipients }: Props) {
  const [result, setResult] = useState<{ error?: string; preview?: Preview } | null>(null);
  const idsKey = ids?.join(",") ?? "";
  useEffect(() => {
    let isCurrent = true;
    previewBulkEmailAction({ kind, list, ids: idsKey ? idsKey.split(",") : null, query }).then((answer) => {
      if (!isCurrent) return;
      setResult(answer);
      onRecipients?.(answer.preview?.recipients ?? null);
    });
    return () => {
      isCurrent = false;
    };
  }, [kind, list, idsKey, query, onRecipients]);

  if (!result) return <Skeleton className="h-40 w-full" aria-label="Preparing the preview" />;
  if (result.error || !result.preview)
    return (
      <p role="alert" className="text-sm text-destructive">
        {result.error ?? "The preview could not be made."}
      </p>
    );
  const { recipients, skipped, sample } = result.preview;
  const skips = (Object.keys(skipWords) as (keyof Preview["skipped"])[])
    .filter((key) => skipped[key] > 0)
    .map((key) => `${formatCount(skipped[key])} ${skipWords[key]}`);
  return (
    <div className="grid gap-3 text-sm" data-testid="bulk-email-preview">
      <p>
        <span className="font-medium" data-testid="bulk-email-recipients">
          {recipients === 1 ? "1 borrower" : `${formatCount(recipients)} borrowers`}
        </span>{" "}
        will get this email.
        {skips.length > 0 && (
          <span className="text-muted-foreground" data-testid="bulk-email-skipped">
            {" "}
            Skipped: {skips.join(", ")}.
          </span>
        )}
      </p>
      {sample && (
        <div className="grid gap-1 rounded-md border border-border bg-muted/40 p-3">
          <p className="text-xs text-muted-foreground">To {sample.to}</p>
          <p className="font-medium" data-testid="bulk-email-subject">
            {sample.subject}
          </p>
          {/* Shown whole: an email is a few short paragraphs, and a box that scrolls would need its own focus. */}
          <pre
            className="font-sans text-xs whitespace-pre-wrap text-muted-foreground [overflow-wrap:anywhere]"
            data-testid="bulk-email-text"
          >
            {sample.text}
          </pre>
        </div>
      )}
    </div>
  );
}

type ConfirmProps = Omit<Props, "onRecipients"> & {
  title: string;
  description: string;
  /** The confirm button's words for this many recipients. */
  confirmLabel: (recipients: number) => string;
  onConfirm: () => Promise<ConfirmResult>;
  confirmTestId: string;
  /** The button that opens the confirmation. */
  children: ReactNode;
};

/**
 * A bulk email's confirmation: the preview decides the numbers (one count, the recipients, wherever the dialog
 * gives one), and nothing can be sent to nobody.
 */
export function BulkEmailConfirm({
  title,
  description,
  confirmLabel,
  onConfirm,
  confirmTestId,
  children,
  ...target
}: ConfirmProps) {
  const [recipients, setRecipients] = useState<number | null>(null);
  return (
    <ConfirmDialog
      title={title}
      description={description}
      confirmLabel={recipients === null ? "Send" : confirmLabel(recipients)}
      pendingLabel="Starting…"
      isConfirmDisabled={!recipients}
      onConfirm={onConfirm}
      confirmTestId={confirmTestId}
      body={<BulkEmailPreview {...target} onRecipients={setRecipients} />}
    >
      {children}
    </ConfirmDialog>
  );
}
