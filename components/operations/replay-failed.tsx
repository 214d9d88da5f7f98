"use client";

import { Loader2, RotateCcw } from "lucide-react";
import { useId, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { toast } from "@/components/ui/toast";
import { countReplayableAction, replayFailedAction } from "@/lib/actions/operations-actions";
import { formatCount } from "@/lib/format-human";
import { utcStamp } from "@/lib/format-time";

/** `2026-03-01T10:00` from a datetime-local input, read as UTC like every time on the page. */
function utcFromInput(value: string): Date | null {
  if (!value) return null;
  const date = new Date(`${value}Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

const events = (count: number) => `${formatCount(count)} ${count === 1 ? "event" : "events"}`;

/**
 * "Replay failed and dead events received since…": counts them first, then asks, saying how many it will queue
 * again. `defaultSince` comes from the server (24 hours ago), so the first render matches.
 */
export function ReplayFailed({ defaultSince }: { defaultSince: string }) {
  const inputId = useId();
  const [since, setSince] = useState(defaultSince);
  const [count, setCount] = useState<number | null>(null);
  const [isOpen, setOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [isCounting, startCounting] = useTransition();
  const sinceDate = utcFromInput(since);

  function ask() {
    setNotice(null);
    if (!sinceDate) {
      toast.error("Give the time to replay from.");
      return;
    }
    startCounting(async () => {
      const result = await countReplayableAction(sinceDate.toISOString());
      if (result.error !== undefined || result.count === undefined) {
        toast.error(result.error ?? "Something went wrong. Please try again.");
        return;
      }
      if (result.count === 0) {
        const message = `No failed or dead event since ${utcStamp(sinceDate)}.`;
        setNotice(message);
        toast.info(message);
        return;
      }
      setCount(result.count);
      setOpen(true);
    });
  }

  async function replay() {
    if (!sinceDate) return { error: "Give the time to replay from." };
    const form = new FormData();
    form.set("since", sinceDate.toISOString());
    const result = await replayFailedAction({}, form);
    if (result.error) return { error: result.error };
    const message = result.notice ?? "Queued again.";
    setNotice(message);
    toast.success(message);
    return undefined;
  }

  return (
    <Card data-testid="replay-failed-card">
      <CardHeader>
        <CardTitle>Replay failed events</CardTitle>
        <CardDescription>
          Failed and dead events go back to the queue and are processed again; one that already took effect
          writes nothing twice.
        </CardDescription>
      </CardHeader>
      <CardContent className="flex flex-wrap items-end gap-2">
        <div className="grid min-w-0 gap-1.5">
          <Label htmlFor={inputId}>Received since (UTC)</Label>
          <Input
            id={inputId}
            type="datetime-local"
            value={since}
            onChange={(event) => setSince(event.target.value)}
            className="h-8 w-auto max-w-full"
            data-testid="replay-since"
          />
        </div>
        <Button
          size="sm"
          variant="secondary"
          onClick={ask}
          disabled={isCounting}
          aria-busy={isCounting || undefined}
          data-testid="replay-failed"
        >
          {isCounting ? <Loader2 aria-hidden className="animate-spin" /> : <RotateCcw aria-hidden />}
          Replay failed events…
        </Button>
        {notice && (
          <p
            className="basis-full text-sm text-muted-foreground"
            role="status"
            data-testid="replay-failed-notice"
          >
            {notice}
          </p>
        )}
      </CardContent>
      <ConfirmDialog
        open={isOpen}
        onOpenChange={setOpen}
        title={`Replay ${events(count ?? 0)}?`}
        description={
          <>
            Coverwatch queues the {events(count ?? 0)} that failed or died since{" "}
            {sinceDate ? utcStamp(sinceDate) : "then"} again: each is fetched from Axle and processed anew.
          </>
        }
        confirmLabel={`Replay ${events(count ?? 0)}`}
        pendingLabel="Queueing…"
        onConfirm={replay}
        confirmTestId="replay-failed-confirm"
      />
    </Card>
  );
}
