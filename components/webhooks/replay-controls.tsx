"use client";

import { RotateCcw } from "lucide-react";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { runConfirmed } from "@/components/ui/confirmed-actions-menu";
import { OptionSelect } from "@/components/ui/option-select";
import {
  replayFailedWebhookDeliveriesAction,
  replayWebhookDeliveryAction,
} from "@/lib/actions/webhook-actions";

const windows = [
  { value: "1", label: "the last hour" },
  { value: "24", label: "the last 24 hours" },
  { value: "72", label: "the last 3 days" },
  { value: "168", label: "the last 7 days" },
] as const;
type Window = (typeof windows)[number]["value"];

/** Sends every failed (or not sent) delivery since a time again, after a confirmation saying so. */
export function ReplayFailuresButton({ endpointId, isEnabled }: { endpointId: string; isEnabled: boolean }) {
  const [hours, setHours] = useState<Window>("24");
  const id = useId();
  const label = windows.find((window) => window.value === hours)?.label ?? "";
  return (
    <ConfirmDialog
      title="Replay failed deliveries?"
      description={`Every failed or not-sent delivery recorded in ${label} is sent again, with its event's id, freshly signed.`}
      body={
        <div className="grid gap-1.5 text-sm">
          <label htmlFor={id} className="font-medium">
            Recorded in
          </label>
          <OptionSelect
            id={id}
            value={hours}
            onValueChange={setHours}
            options={windows}
            testId="webhook-replay-window"
          />
        </div>
      }
      confirmLabel="Replay failures"
      pendingLabel="Replaying…"
      onConfirm={() => runConfirmed(() => replayFailedWebhookDeliveriesAction(endpointId, Number(hours)))}
      confirmTestId="webhook-replay-failures-confirm"
    >
      <Button variant="outline" disabled={!isEnabled} data-testid="webhook-replay-failures">
        <RotateCcw aria-hidden /> Replay failures…
      </Button>
    </ConfirmDialog>
  );
}

/** Sends one delivery again. */
export function ReplayDeliveryButton({ endpointId, deliveryId }: { endpointId: string; deliveryId: string }) {
  return (
    <ConfirmDialog
      title="Send this delivery again?"
      description="The same body goes again with the same webhook-id, freshly signed."
      confirmLabel="Replay"
      pendingLabel="Replaying…"
      onConfirm={() => runConfirmed(() => replayWebhookDeliveryAction(endpointId, deliveryId))}
      confirmTestId="webhook-replay-confirm"
    >
      <Button variant="ghost" size="sm" data-testid="webhook-replay">
        <RotateCcw aria-hidden /> Replay
      </Button>
    </ConfirmDialog>
  );
}
