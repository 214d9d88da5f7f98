"use client";

import { Unplug } from "lucide-react";
import { descopeConnectionAction } from "@/lib/actions/borrower-actions";
import { ConfirmedAction } from "./confirmed-action";

/** Stops monitoring a connection, after a confirmation that says what it means: Axle sends nothing more. */
export function DescopeButton({
  connectionId,
  borrowerName,
  carrierName,
  label = "Descope",
}: {
  connectionId: string;
  borrowerName: string;
  /** The carrier's name as Axle lists it, or null when the connection has no account yet. */
  carrierName: string | null;
  label?: string;
}) {
  const policy = carrierName ? `policy at ${carrierName}` : "insurance";
  return (
    <ConfirmedAction
      action={descopeConnectionAction.bind(null, connectionId)}
      label={
        <>
          <Unplug aria-hidden /> {label}
        </>
      }
      title={`Stop monitoring ${borrowerName}?`}
      description={
        <span data-testid="descope-confirm">
          Coverwatch stops monitoring {borrowerName}'s {policy}: Axle stops sending updates, and this is
          recorded in the audit log.
        </span>
      }
      confirmLabel="Stop monitoring"
      pendingLabel="Stopping…"
      destructive
      testId="descope"
      confirmTestId="descope-confirm-submit"
    />
  );
}
