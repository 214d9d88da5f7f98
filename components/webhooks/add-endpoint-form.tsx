"use client";

import { Plus } from "lucide-react";
import { useActionState, useEffect, useId } from "react";
import { Field } from "@/components/ui/field";
import { toast } from "@/components/ui/sonner";
import { SubmitButton } from "@/components/ui/submit-button";
import { createWebhookEndpointAction, type SecretState } from "@/lib/actions/webhook-actions";
import { EventTypeChoices } from "./event-type-choices";
import { SecretReveal } from "./secret-reveal";

/**
 * Adds an endpoint: its URL, a description and the events it hears about. A refusal keeps what was typed and
 * ticked; a success shows the signing secret, once.
 */
export function AddEndpointForm() {
  const id = useId();
  const [state, action, isPending] = useActionState<SecretState, FormData>(createWebhookEndpointAction, {});
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};
  const ticked = new Set((values.eventTypes ?? "").split(",").filter(Boolean));

  useEffect(() => {
    if (state.notice) toast.success(state.notice);
  }, [state]);

  return (
    <div className="grid gap-4">
      {state.secret && (
        <SecretReveal
          secret={state.secret}
          note="Your receiver verifies each request with it (docs: Outbound webhooks). It is stored encrypted and never shown again; rotate it if it is lost."
        />
      )}
      <form action={action} className="grid gap-4" data-testid="webhook-add-form">
        <div className="grid items-start gap-4 sm:grid-cols-2">
          <Field
            label="Endpoint URL"
            name="url"
            type="url"
            required
            autoComplete="off"
            spellCheck={false}
            placeholder="https://example.com/coverwatch/webhooks"
            hint="https:// (http:// only for localhost)."
            defaultValue={values.url}
            error={errors.url}
            testId="webhook-url"
          />
          <Field
            label="Description"
            name="description"
            maxLength={200}
            autoComplete="off"
            placeholder="Loan servicing system"
            defaultValue={values.description}
            error={errors.description}
            testId="webhook-description"
          />
        </div>
        <fieldset
          className="grid gap-2 text-sm"
          aria-describedby={errors.eventTypes ? `${id}-events-error` : undefined}
        >
          <legend className="mb-1 font-medium text-foreground">Events</legend>
          <EventTypeChoices idPrefix={id} name="eventTypes" initial={ticked.size > 0 ? ticked : undefined} />
          {errors.eventTypes && (
            <span id={`${id}-events-error`} className="text-xs font-medium text-destructive">
              {errors.eventTypes}
            </span>
          )}
        </fieldset>
        <div>
          <SubmitButton
            isPending={isPending}
            pendingLabel="Adding…"
            icon={<Plus aria-hidden />}
            data-testid="webhook-add"
          >
            Add endpoint
          </SubmitButton>
        </div>
        {state.error && (
          <p role="alert" className="text-sm text-destructive" data-testid="webhook-add-error">
            {state.error}
          </p>
        )}
      </form>
    </div>
  );
}
