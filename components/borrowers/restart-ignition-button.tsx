"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import type { ActionState } from "@/lib/action-state";
import { restartIgnitionAction } from "@/lib/actions/borrower-actions";

export function RestartIgnitionButton({ borrowerId }: { borrowerId: string }) {
  const [state, action, isPending] = useActionState<ActionState, FormData>(
    restartIgnitionAction.bind(null, borrowerId),
    {},
  );
  return (
    <form action={action} className="inline-flex items-center gap-3">
      <Button type="submit" variant="secondary" disabled={isPending} data-testid="restart-ignition">
        {isPending ? "Starting…" : "New Ignition link"}
      </Button>
      {state.error && <span className="text-sm text-red-700">{state.error}</span>}
    </form>
  );
}
