import { Field } from "@/components/ui/field";
import type { ActionState } from "@/lib/action-state";
import { minPasswordLength } from "@/lib/users/user-input";

/** A new password typed twice, with the server's errors at their fields and the typed values kept. */
export function NewPasswordFields({ state, label = "New password" }: { state: ActionState; label?: string }) {
  return (
    <>
      <Field
        label={label}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={minPasswordLength}
        maxLength={200}
        hint={`At least ${minPasswordLength} characters. A few unrelated words make a strong one.`}
        defaultValue={state.values?.password}
        error={state.fieldErrors?.password}
        testId="new-password"
      />
      <Field
        label="Type it again"
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
        maxLength={200}
        defaultValue={state.values?.confirmPassword}
        error={state.fieldErrors?.confirmPassword}
        testId="confirm-password"
      />
    </>
  );
}

/** The form's own message (a refusal not about one field, or a confirmation). */
export function FormMessage({ state }: { state: ActionState }) {
  if (state.error)
    return (
      <p
        role="alert"
        className="rounded-md bg-danger-soft px-3 py-2 text-sm text-danger-foreground"
        data-testid="form-error"
      >
        {state.error}
      </p>
    );
  if (state.notice)
    return (
      <p
        role="status"
        className="rounded-md bg-success-soft px-3 py-2 text-sm text-success-foreground"
        data-testid="form-notice"
      >
        {state.notice}
      </p>
    );
  return null;
}
