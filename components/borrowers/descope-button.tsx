"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import type { ActionState } from "@/lib/action-state";
import { descopeConnectionAction } from "@/lib/actions/borrower-actions";

/** Stops monitoring a connection, after an explicit confirmation: Axle sends no more events once it is done. */
export function DescopeButton({
  connectionId,
  borrowerName,
}: {
  connectionId: string;
  borrowerName: string;
}) {
  const [isConfirming, setIsConfirming] = useState(false);
  const [state, action, isPending] = useActionState<ActionState, FormData>(
    descopeConnectionAction.bind(null, connectionId),
    {},
  );

  if (!isConfirming) {
    return (
      <Button variant="secondary" onClick={() => setIsConfirming(true)} data-testid="descope">
        Descope
      </Button>
    );
  }
  return (
    <form
      action={action}
      className="space-y-2 rounded-md border border-red-200 bg-red-50 p-3 text-sm"
      data-testid="descope-confirm"
    >
      <p>
        Stop monitoring {borrowerName}'s insurance? Axle will send no further updates for this connection.
        This is recorded in the audit log.
      </p>
      {state.error && (
        <p className="text-red-700" data-testid="descope-error">
          {state.error}
        </p>
      )}
      <div className="flex gap-2">
        <Button type="submit" variant="danger" disabled={isPending} data-testid="descope-confirm-submit">
          {isPending ? "Stopping…" : "Stop monitoring"}
        </Button>
        <Button type="button" variant="secondary" onClick={() => setIsConfirming(false)} disabled={isPending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
