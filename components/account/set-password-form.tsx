"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/action-state";
import { setPasswordAction } from "@/lib/actions/password-actions";
import { FormMessage, NewPasswordFields } from "./new-password-fields";

/** Chooses a password from an invitation or reset link; on success the server sends the user to sign in. */
export function SetPasswordForm({ token, email }: { token: string; email: string }) {
  const [state, action, isPending] = useActionState<ActionState, FormData>(setPasswordAction, {});
  return (
    <form action={action} className="grid gap-4">
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="username" autoComplete="username" value={email} readOnly />
      <NewPasswordFields state={state} label="Password" />
      <FormMessage state={state} />
      <SubmitButton
        isPending={isPending}
        pendingLabel="Saving…"
        className="w-full"
        data-testid="set-password"
      >
        Set password
      </SubmitButton>
    </form>
  );
}
