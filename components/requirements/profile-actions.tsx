"use client";

import { Archive, Copy, Loader2 } from "lucide-react";
import { useActionState, useEffect } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { toast } from "@/components/ui/sonner";
import type { ActionState } from "@/lib/action-state";
import { duplicateProfileAction, retireProfileAction } from "@/lib/actions/profile-actions";

/** Duplicate a profile (to start a variant from it) or retire it, after saying what happens to its borrowers. */
export function ProfileActions({
  profileId,
  profileName,
  borrowerCount,
  canRetire,
}: {
  profileId: string;
  profileName: string;
  borrowerCount: number;
  canRetire: boolean;
}) {
  const [duplicated, duplicate, isDuplicating] = useActionState<ActionState, FormData>(
    duplicateProfileAction.bind(null, profileId),
    {},
  );
  useEffect(() => {
    if (duplicated.error) toast.error(duplicated.error);
  }, [duplicated]);

  async function retire() {
    // With borrowers to evaluate again, the action redirects to this page showing the job's progress.
    const result: ActionState | undefined = await retireProfileAction(profileId, {}, new FormData());
    if (result?.notice) toast.success(result.notice);
    return result ?? {};
  }

  return (
    <>
      <form action={duplicate}>
        <Button
          type="submit"
          variant="outline"
          size="sm"
          disabled={isDuplicating}
          data-testid="profile-duplicate"
        >
          {isDuplicating ? <Loader2 aria-hidden className="animate-spin" /> : <Copy aria-hidden />}
          Duplicate
        </Button>
      </form>
      {canRetire && (
        <ConfirmDialog
          title={`Retire “${profileName}”?`}
          description={`No borrower can be assigned “${profileName}” any more, and its ${borrowerCount} ${
            borrowerCount === 1 ? "borrower falls" : "borrowers fall"
          } back to the default profile; their policies are evaluated again. This is recorded in the audit log.`}
          confirmLabel="Retire profile"
          pendingLabel="Retiring…"
          destructive
          onConfirm={retire}
          confirmTestId="profile-retire-confirm"
        >
          <Button variant="outline" size="sm" data-testid="profile-retire">
            <Archive aria-hidden /> Retire
          </Button>
        </ConfirmDialog>
      )}
    </>
  );
}
