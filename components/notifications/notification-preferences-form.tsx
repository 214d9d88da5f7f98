"use client";

import { type ReactNode, useActionState, useId } from "react";
import { FormMessage } from "@/components/account/new-password-fields";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { Checkbox } from "@/components/ui/checkbox";
import { OptionSelect } from "@/components/ui/option-select";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/action-state";
import { saveNotificationPreferencesAction } from "@/lib/actions/notification-actions";
import { immediateChoices, scopeChoices } from "@/lib/notifications/notification-preferences";

/** The form's values: the select's choices by value, the checkbox as "on" when ticked (as a form submits them). */
export type NotificationFormValues = { immediate: string; scope: string; dailyDigest?: "on" };

type ChoiceFieldProps = {
  label: string;
  name: string;
  value: string | undefined;
  options: readonly { value: string; label: string }[];
  hint: ReactNode;
  error?: string;
  testId: string;
};

/** A labelled select with its hint and error under it, like `Field` for inputs. */
function ChoiceField({ label, name, value, options, hint, error, testId }: ChoiceFieldProps) {
  const id = useId();
  return (
    <div className="grid gap-1.5 text-sm">
      <label htmlFor={id} className="font-medium text-foreground">
        {label}
      </label>
      <OptionSelect
        id={id}
        name={name}
        defaultValue={value}
        options={options}
        invalid={Boolean(error)}
        describedBy={[`${id}-hint`, error ? `${id}-error` : ""].filter(Boolean).join(" ")}
        className="sm:w-80"
        testId={testId}
      />
      <span id={`${id}-hint`} className="text-xs text-muted-foreground">
        {hint}
      </span>
      {error && (
        <span id={`${id}-error`} className="text-xs font-medium text-destructive">
          {error}
        </span>
      )}
    </div>
  );
}

/**
 * The signed-in user's own emails: new violations at once (from a severity up, on every borrower or only those
 * assigned to them) and the daily digest. After saving, or a refusal, the form shows what was submitted.
 */
export function NotificationPreferencesForm({
  saved,
  email,
}: {
  saved: NotificationFormValues;
  email: string;
}) {
  const [state, action, isPending] = useActionState<ActionState, FormData>(
    saveNotificationPreferencesAction,
    {},
  );
  const values: Partial<NotificationFormValues> = state.values ?? saved;
  const errors = state.fieldErrors ?? {};
  const id = useId();
  return (
    // React resets a form after its action runs; the key remounts the fields with what was submitted.
    <form action={action} key={JSON.stringify(values)}>
      <Card>
        <CardHeader>
          <CardTitle>Email</CardTitle>
          <CardDescription>Sent to {email}. Only you see and change these settings.</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-5">
          <ChoiceField
            label="Email me when a violation opens"
            name="immediate"
            value={values.immediate}
            options={immediateChoices}
            hint="One email per violation, as soon as it opens, with the finding and a link to the borrower."
            error={errors.immediate}
            testId="notify-immediate"
          />
          <ChoiceField
            label="For"
            name="scope"
            value={values.scope}
            options={scopeChoices}
            hint="With “assigned to me”, you are also emailed when someone else assigns you a violation of that severity."
            error={errors.scope}
            testId="notify-scope"
          />
          <div className="grid gap-1.5 text-sm">
            <div className="flex items-start gap-3">
              <Checkbox
                id={`${id}-digest`}
                name="dailyDigest"
                defaultChecked={values.dailyDigest === "on"}
                aria-describedby={`${id}-digest-hint`}
                className="mt-0.5"
                data-testid="notify-digest"
              />
              <label htmlFor={`${id}-digest`} className="cursor-pointer font-medium text-foreground">
                Send me a daily digest
              </label>
            </div>
            <span id={`${id}-digest-hint`} className="pl-7 text-xs text-muted-foreground">
              Once a day: violations opened and resolved in the last 24 hours, and borrowers expiring within
              30 days, with stale data, disconnected or not connected, each count with a link to its list.
            </span>
          </div>
          <FormMessage state={state} />
        </CardContent>
        <CardFooter>
          <SubmitButton isPending={isPending} pendingLabel="Saving…" data-testid="save-notifications">
            Save
          </SubmitButton>
        </CardFooter>
      </Card>
    </form>
  );
}
