"use client";

import { Copy, KeyRound, Plus } from "lucide-react";
import { useActionState, useEffect, useId } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { OptionSelect } from "@/components/ui/option-select";
import { toast } from "@/components/ui/sonner";
import { SubmitButton } from "@/components/ui/submit-button";
import { type CreateApiKeyState, createApiKeyAction } from "@/lib/actions/api-key-actions";
import { type ApiKeyExpiry, apiKeyExpiryOptions } from "@/lib/api-keys/api-key-input";

const isExpiry = (value: string | undefined): value is ApiKeyExpiry =>
  apiKeyExpiryOptions.some((option) => option.value === value);

/**
 * Creates a read key: a name and when it expires. The key is shown here once, right after it is created: only
 * its hash is stored, so nobody can show it again.
 */
export function CreateApiKeyForm() {
  const id = useId();
  const [state, action, isPending] = useActionState<CreateApiKeyState, FormData>(createApiKeyAction, {});
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};
  const expiry = isExpiry(values.expiry) ? values.expiry : "90";

  useEffect(() => {
    if (state.notice) toast.success(state.notice);
  }, [state]);

  return (
    <div className="grid gap-4">
      <form
        action={action}
        className="grid items-start gap-4 sm:grid-cols-2 lg:grid-cols-[minmax(0,1fr)_12rem_auto]"
        data-testid="api-key-form"
      >
        <Field
          label="Name"
          name="name"
          required
          maxLength={80}
          autoComplete="off"
          placeholder="Loan servicing system"
          hint="Say which system uses it, so you know what stops when you revoke it."
          defaultValue={values.name}
          error={errors.name}
          testId="api-key-name"
        />
        <div className="grid gap-1.5 text-sm">
          <label htmlFor={`${id}-expiry`} className="font-medium text-foreground">
            Expires
          </label>
          <OptionSelect
            key={expiry}
            id={`${id}-expiry`}
            name="expiry"
            options={apiKeyExpiryOptions}
            defaultValue={expiry}
            invalid={Boolean(errors.expiry)}
            describedBy={errors.expiry ? `${id}-expiry-error` : undefined}
            testId="api-key-expiry"
          />
          {errors.expiry && (
            <span id={`${id}-expiry-error`} className="text-xs font-medium text-destructive">
              {errors.expiry}
            </span>
          )}
        </div>
        <div className="flex flex-col gap-1.5 sm:col-span-2 lg:col-span-1 lg:pt-6">
          <SubmitButton
            isPending={isPending}
            pendingLabel="Creating…"
            icon={<Plus aria-hidden />}
            data-testid="api-key-create"
          >
            Create key
          </SubmitButton>
        </div>
        {state.error && (
          <p
            role="alert"
            className="text-sm text-destructive sm:col-span-2 lg:col-span-3"
            data-testid="api-key-error"
          >
            {state.error}
          </p>
        )}
      </form>
      {state.created && <NewKey name={state.created.name} apiKey={state.created.key} />}
    </div>
  );
}

/** The new key, once: selectable, copyable, with the warning that it is not shown again. */
function NewKey({ name, apiKey }: { name: string; apiKey: string }) {
  const id = useId();
  return (
    <div
      role="status"
      className="grid gap-2 rounded-lg border border-success bg-success-soft p-4 text-sm text-success-foreground"
      data-testid="api-key-created"
    >
      <p className="flex items-center gap-2 font-medium">
        <KeyRound aria-hidden className="size-4" /> {name}: copy this key now. It is not shown again.
      </p>
      <label htmlFor={id} className="sr-only">
        The new API key
      </label>
      <div className="flex min-w-0 flex-col gap-2 sm:flex-row">
        <input
          id={id}
          readOnly
          value={apiKey}
          onFocus={(event) => event.currentTarget.select()}
          className="min-w-0 flex-1 rounded-md border border-input bg-card px-3 py-2 font-mono text-xs text-foreground"
          data-testid="api-key-value"
        />
        <Button
          type="button"
          variant="outline"
          onClick={async () => {
            await navigator.clipboard.writeText(apiKey);
            toast.success("The key is copied.");
          }}
          data-testid="api-key-copy"
        >
          <Copy aria-hidden /> Copy
        </Button>
      </div>
    </div>
  );
}
