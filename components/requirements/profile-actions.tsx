"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import type { ActionState } from "@/lib/action-state";
import { duplicateProfileAction, retireProfileAction } from "@/lib/actions/profile-actions";

export function ProfileActions({ profileId, canRetire }: { profileId: string; canRetire: boolean }) {
  const [duplicated, duplicate, isDuplicating] = useActionState<ActionState, FormData>(
    duplicateProfileAction.bind(null, profileId),
    {},
  );
  const [retired, retire, isRetiring] = useActionState<ActionState, FormData>(
    retireProfileAction.bind(null, profileId),
    {},
  );
  const message = duplicated.error ?? retired.error ?? retired.notice;
  return (
    <div className="flex items-center gap-3">
      <form action={duplicate}>
        <Button type="submit" variant="secondary" disabled={isDuplicating} data-testid="profile-duplicate">
          Duplicate
        </Button>
      </form>
      {canRetire && (
        <form
          action={retire}
          onSubmit={(event) =>
            confirm("Retire this profile? Its borrowers fall back to the default profile.")
              ? undefined
              : event.preventDefault()
          }
        >
          <Button type="submit" variant="secondary" disabled={isRetiring}>
            Retire
          </Button>
        </form>
      )}
      {message && <span className="text-sm text-slate-700">{message}</span>}
    </div>
  );
}
