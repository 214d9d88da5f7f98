"use client";

import { Plus } from "lucide-react";
import { useActionState, useEffect, useId } from "react";
import { Field } from "@/components/ui/field";
import { toast } from "@/components/ui/sonner";
import { SubmitButton } from "@/components/ui/submit-button";
import type { Severity } from "@/generated/prisma/enums";
import type { ActionState } from "@/lib/action-state";
import { createSlackChannelAction } from "@/lib/actions/slack-actions";
import { severityScale } from "@/lib/alerts/severity-threshold";
import { SeveritySelect } from "./severity-select";

const isSeverity = (value: string | undefined): value is Severity =>
  severityScale.some((severity) => severity === value);

/**
 * Adds a channel: a name, the incoming-webhook URL Slack gave, and the threshold. A refusal keeps what was typed
 * and puts each error at its field. Adding posts nothing: "Send a test message" does, after a confirmation.
 */
export function AddChannelForm() {
  const id = useId();
  const [state, action, isPending] = useActionState<ActionState, FormData>(createSlackChannelAction, {});
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};
  const severity = isSeverity(values.minSeverity) ? values.minSeverity : "HIGH";

  useEffect(() => {
    if (state.notice) toast.success(state.notice);
  }, [state]);

  return (
    <form
      action={action}
      className="grid items-start gap-4 sm:grid-cols-2 lg:grid-cols-[minmax(0,14rem)_minmax(0,1fr)_12rem_auto]"
      data-testid="slack-add-form"
    >
      <Field
        label="Channel"
        name="name"
        required
        maxLength={80}
        autoComplete="off"
        placeholder="#compliance-alerts"
        defaultValue={values.name}
        error={errors.name}
        testId="slack-name"
      />
      <Field
        label="Incoming-webhook URL"
        name="webhookUrl"
        type="url"
        required
        autoComplete="off"
        spellCheck={false}
        placeholder="https://hooks.slack.com/services/…"
        hint="Stored encrypted; only its last four characters are shown again."
        defaultValue={values.webhookUrl}
        error={errors.webhookUrl}
        testId="slack-url"
      />
      <div className="grid gap-1.5 text-sm">
        <label htmlFor={`${id}-severity`} className="font-medium text-foreground">
          Threshold
        </label>
        {/* Keyed on the submitted value: a refusal shows the threshold that was chosen, a success the default. */}
        <SeveritySelect
          key={severity}
          id={`${id}-severity`}
          name="minSeverity"
          defaultValue={severity}
          invalid={Boolean(errors.minSeverity)}
          describedBy={errors.minSeverity ? `${id}-severity-error` : undefined}
          testId="slack-severity"
        />
        {errors.minSeverity && (
          <span id={`${id}-severity-error`} className="text-xs font-medium text-destructive">
            {errors.minSeverity}
          </span>
        )}
      </div>
      <div className="flex flex-col gap-1.5 sm:col-span-2 lg:col-span-1 lg:pt-6">
        <SubmitButton
          isPending={isPending}
          pendingLabel="Adding…"
          icon={<Plus aria-hidden />}
          data-testid="slack-add"
        >
          Add channel
        </SubmitButton>
      </div>
      {state.error && (
        <p
          role="alert"
          className="text-sm text-destructive sm:col-span-2 lg:col-span-4"
          data-testid="slack-add-error"
        >
          {state.error}
        </p>
      )}
      {state.notice && (
        <p
          role="status"
          className="text-sm text-success-foreground sm:col-span-2 lg:col-span-4"
          data-testid="slack-add-notice"
        >
          {state.notice}
        </p>
      )}
    </form>
  );
}
