"use client";

import { useActionState } from "react";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/action-state";
import { changeOwnPasswordAction } from "@/lib/actions/password-actions";
import { FormMessage, NewPasswordFields } from "./new-password-fields";

/** The signed-in user's own password: the current one, then the new one twice. */
export function ChangePasswordForm({ email }: { email: string }) {
  const [state, action, isPending] = useActionState<ActionState, FormData>(changeOwnPasswordAction, {});
  // After a success the fields start empty again; after a refusal they keep what was typed.
  const values = state.notice ? {} : state;
  return (
    <form action={action} key={state.notice ? "changed" : "editing"}>
      <Card>
        <CardHeader>
          <CardTitle>Change your password</CardTitle>
          <CardDescription>Your other signed-in browsers are signed out; this one stays.</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-4">
          {/* Lets password managers file the new password under the right account. */}
          <input type="hidden" name="username" autoComplete="username" value={email} readOnly />
          <Field
            label="Current password"
            name="currentPassword"
            type="password"
            autoComplete="current-password"
            required
            maxLength={200}
            defaultValue={values.values?.currentPassword}
            error={values.fieldErrors?.currentPassword}
            testId="current-password"
          />
          <NewPasswordFields state={values} />
          <FormMessage state={state} />
        </CardContent>
        <CardFooter>
          <SubmitButton isPending={isPending} pendingLabel="Changing…" data-testid="change-password">
            Change password
          </SubmitButton>
        </CardFooter>
      </Card>
    </form>
  );
}
