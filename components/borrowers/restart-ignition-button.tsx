import { ActionForm } from "@/components/ui/action-form";
import { restartIgnitionAction } from "@/lib/actions/borrower-actions";

/** A fresh Ignition link for the borrower (the last one expired, or they left half way). Nothing is sent. */
export function RestartIgnitionButton({ borrowerId }: { borrowerId: string }) {
  return (
    <ActionForm
      action={restartIgnitionAction.bind(null, borrowerId)}
      label="New Ignition link"
      pendingLabel="Creating…"
      variant="outline"
      size="sm"
      testId="restart-ignition"
    />
  );
}
