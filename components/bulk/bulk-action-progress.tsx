"use client";

import { AlertTriangle, CheckCircle2, Loader2, X, XCircle } from "lucide-react";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { getBulkActionProgressAction } from "@/lib/actions/bulk-actions";
import { bulkActionKinds, isBulkActionKind } from "@/lib/bulk/bulk-action-kinds";
import { formatCount } from "@/lib/format-human";
import { utcStamp } from "@/lib/format-time";

type Progress = Awaited<ReturnType<typeof getBulkActionProgressAction>>;

const pollMs = 1000;

/** A bulk action's progress, polled each second until it is done. */
export function BulkActionProgressPanel({
  bulkActionId,
  initial = null,
}: {
  bulkActionId: string;
  initial?: Progress;
}) {
  const [progress, setProgress] = useState<Progress>(initial);
  const [isDismissed, setDismissed] = useState(false);
  const isDone = progress?.status === "DONE" || progress?.status === "FAILED";
  const router = useRouter();
  const wasDone = useRef(isDone);

  // A job that finishes while the list is open changed its rows: show them as they are now.
  useEffect(() => {
    if (isDone && !wasDone.current) router.refresh();
    wasDone.current = isDone;
  }, [isDone, router]);

  useEffect(() => {
    if (isDone) return;
    let isActive = true;
    const poll = async () => {
      const next = await getBulkActionProgressAction(bulkActionId).catch(() => null);
      if (isActive && next) setProgress(next);
    };
    poll();
    const timer = setInterval(poll, pollMs);
    return () => {
      isActive = false;
      clearInterval(timer);
    };
  }, [bulkActionId, isDone]);

  if (!progress || isDismissed) return null;
  const label = isBulkActionKind(progress.kind) ? bulkActionKinds[progress.kind].label : progress.kind;
  const percent = progress.total === 0 ? 100 : Math.round((progress.processed / progress.total) * 100);
  // Done with every item worked is a success; a stopped action or one with failures says so.
  const outcome = !isDone
    ? {
        icon: <Loader2 aria-hidden className="size-4 animate-spin text-muted-foreground" />,
        bar: "bg-primary",
      }
    : progress.status === "FAILED"
      ? { icon: <XCircle aria-hidden className="size-4 text-danger" />, bar: "bg-danger" }
      : progress.failed > 0
        ? { icon: <AlertTriangle aria-hidden className="size-4 text-warning" />, bar: "bg-warning" }
        : { icon: <CheckCircle2 aria-hidden className="size-4 text-success" />, bar: "bg-success" };
  return (
    <div
      className="mb-3 rounded-lg border border-border bg-card px-4 py-3 text-sm shadow-card"
      data-testid="bulk-progress"
      data-status={progress.status}
      aria-live="polite"
    >
      <div className="flex flex-wrap items-center gap-2">
        {outcome.icon}
        <span className="font-medium">{label}</span>
        <span className="text-muted-foreground" data-testid="bulk-progress-summary">
          {progress.status === "FAILED" ? "Stopped: " : isDone ? "Done: " : ""}
          {/* What was done, not what was tried: a failed item is counted apart. */}
          {formatCount(progress.processed - progress.failed)} of {formatCount(progress.total)}
          {isDone ? "" : " done"}
          {progress.failed > 0 && ` · ${formatCount(progress.failed)} could not be done`}
        </span>
        <span className="hint">started {utcStamp(progress.createdAt)}</span>
        {isDone && (
          <Button
            variant="ghost"
            size="icon-sm"
            className="ml-auto"
            aria-label="Dismiss"
            onClick={() => setDismissed(true)}
          >
            <X aria-hidden />
          </Button>
        )}
      </div>
      <div
        className="mt-2 h-1.5 overflow-hidden rounded-full bg-muted"
        role="progressbar"
        aria-label={`${label} progress`}
        aria-valuenow={percent}
        aria-valuemin={0}
        aria-valuemax={100}
      >
        <div className={`h-full transition-[width] ${outcome.bar}`} style={{ width: `${percent}%` }} />
      </div>
      {progress.errors.length > 0 && (
        <ul className="mt-2 list-disc pl-5 text-xs text-muted-foreground">
          {progress.errors.slice(0, 3).map((item, index) => (
            // Several violations of one borrower may fail: the position is the key.
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed, never reordered list of three
            <li key={index}>{item.error}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
