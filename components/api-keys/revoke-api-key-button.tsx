"use client";

import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { runConfirmed } from "@/components/ui/confirmed-actions-menu";
import { revokeApiKeyAction } from "@/lib/actions/api-key-actions";

/** Revokes a key after a confirmation that says what stops working. */
export function RevokeApiKeyButton({ keyId, name, hint }: { keyId: string; name: string; hint: string }) {
  return (
    <ConfirmDialog
      title={`Revoke ${name}?`}
      description={
        <>
          Every request with <span className="whitespace-nowrap font-mono">{hint}</span> is refused (401) from
          now on: the system using it stops reading Coverwatch. A revoked key cannot be restored; create a new
          one instead.
        </>
      }
      confirmLabel="Revoke key"
      pendingLabel="Revoking…"
      destructive
      onConfirm={() => runConfirmed(() => revokeApiKeyAction(keyId))}
      confirmTestId="api-key-revoke-confirm"
    >
      <Button variant="outline" size="sm" data-testid="api-key-revoke" aria-label={`Revoke ${name}`}>
        Revoke
      </Button>
    </ConfirmDialog>
  );
}
