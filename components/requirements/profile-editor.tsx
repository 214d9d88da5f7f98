"use client";

import { Loader2 } from "lucide-react";
import { useActionState, useEffect, useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { Checkbox } from "@/components/ui/checkbox";
import { Field } from "@/components/ui/field";
import { inputClassName } from "@/components/ui/input";
import { toast } from "@/components/ui/sonner";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/action-state";
import { type PreviewState, previewProfileAction, saveProfileAction } from "@/lib/actions/profile-actions";
import { cn } from "@/lib/cn";
import { formatCount } from "@/lib/format-human";
import type { ruleCatalogForEditor } from "@/lib/requirements/profile-form";
import { severities } from "@/lib/requirements/profile-input";
import { ProfilePreview } from "./profile-preview";

type Catalog = ReturnType<typeof ruleCatalogForEditor>;
export type ProfileDraft = {
  name: string;
  description: string;
  reminderDays: number[];
  chaseDays: number[];
  autoOutreach: boolean;
  rules: Record<string, { severity: string; input: Record<string, unknown> }>;
};

/** The form's fields as strings, from the saved profile: the same shape the action sends back on a refusal. */
function valuesFromDraft(draft: ProfileDraft, catalog: Catalog): Record<string, string> {
  const values: Record<string, string> = {
    name: draft.name,
    description: draft.description,
    reminderDays: draft.reminderDays.join(", "),
    chaseDays: draft.chaseDays.join(", "),
  };
  if (draft.autoOutreach) values.autoOutreach = "on";
  for (const rule of catalog) {
    const current = draft.rules[rule.key];
    if (!current) continue;
    values[`rule.${rule.key}.enabled`] = "on";
    values[`rule.${rule.key}.severity`] = current.severity;
    for (const field of rule.fields) {
      const value = current.input[field.name];
      values[`rule.${rule.key}.${field.name}`] =
        field.kind === "money" && typeof value === "number" ? formatCount(value) : String(value ?? "");
    }
  }
  return values;
}

const severityWords: Record<string, string> = {
  LOW: "Low",
  MEDIUM: "Medium",
  HIGH: "High",
  CRITICAL: "Critical",
};

/** Create a profile, or save a new version of one: every rule of the catalog, on or off, with its settings. */
export function ProfileEditor({
  profileId,
  catalog,
  draft,
}: {
  profileId: string | null;
  catalog: Catalog;
  draft: ProfileDraft;
}) {
  const id = useId();
  const [state, action, isPending] = useActionState<ActionState, FormData>(
    saveProfileAction.bind(null, profileId),
    {},
  );
  const [preview, previewAction, isPreviewing] = useActionState<PreviewState, FormData>(
    previewProfileAction.bind(null, profileId),
    {},
  );
  // What was last submitted, by either action: the fields remount with it after React resets the form.
  const [submitted, setSubmitted] = useState<Record<string, string> | null>(null);
  useEffect(() => {
    if (state.values) setSubmitted(state.values);
  }, [state]);
  useEffect(() => {
    if (preview.values) setSubmitted(preview.values);
  }, [preview]);
  const values = submitted ?? valuesFromDraft(draft, catalog);
  const errors = state.fieldErrors ?? {};

  useEffect(() => {
    if (state.error) toast.error(state.error);
  }, [state]);
  useEffect(() => {
    if (preview.error) toast.error(preview.error);
  }, [preview]);

  return (
    // React resets a form after its action runs, and the checkboxes reset to the values they mounted with:
    // the key remounts the fields with what was submitted, so a refusal loses nothing.
    <form action={action} key={JSON.stringify(submitted)} className="flex flex-col gap-6">
      <Card>
        <CardHeader>
          <CardTitle>Profile</CardTitle>
        </CardHeader>
        <CardContent className="grid gap-4 md:grid-cols-2">
          <Field
            label="Name"
            name="name"
            defaultValue={values.name}
            required
            error={errors.name}
            testId="profile-name"
          />
          <Field
            label="Description"
            name="description"
            defaultValue={values.description}
            error={errors.description}
          />
          <Field
            label="Reminder days"
            name="reminderDays"
            hint="Days after the first request to reconnect, comma separated (e.g. 7, 14)."
            defaultValue={values.reminderDays}
            error={errors.reminderDays}
            testId="profile-reminder-days"
          />
          <Field
            label="Invitation reminder days"
            name="chaseDays"
            hint="Days after the invitation to remind a borrower who has not connected (e.g. 3, 7, 14)."
            defaultValue={values.chaseDays}
            error={errors.chaseDays}
            testId="profile-chase-days"
          />
          <div className="flex items-start gap-3 self-center text-sm">
            <Checkbox
              id={`${id}-auto`}
              name="autoOutreach"
              defaultChecked={values.autoOutreach === "on"}
              className="mt-0.5"
            />
            <label htmlFor={`${id}-auto`} className="cursor-pointer">
              Ask the borrower to reconnect automatically when their carrier account disconnects
            </label>
          </div>
        </CardContent>
      </Card>

      <Card>
        <CardHeader className="border-b border-border">
          <CardTitle>Rules</CardTitle>
          <CardDescription>
            Tick the rules this profile requires; each opens a violation of its severity.
          </CardDescription>
        </CardHeader>
        <div className="divide-y divide-border">
          {catalog.map((rule) => {
            const prefix = `rule.${rule.key}`;
            const hasError = rule.fields.some((field) => errors[`${prefix}.${field.name}`]);
            return (
              <fieldset
                key={rule.key}
                className={cn(
                  "grid gap-3 px-5 py-4 md:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,2fr)]",
                  hasError && "bg-danger-soft/40",
                )}
                data-testid={`rule-${rule.key}`}
              >
                <legend className="sr-only">{rule.title}</legend>
                <div className="flex items-start gap-3">
                  <Checkbox
                    id={`${id}-${rule.key}`}
                    name={`${prefix}.enabled`}
                    defaultChecked={values[`${prefix}.enabled`] === "on"}
                    className="mt-0.5"
                    data-testid={`rule-${rule.key}-enabled`}
                  />
                  <label htmlFor={`${id}-${rule.key}`} className="cursor-pointer">
                    <span className="block text-sm font-medium">{rule.title}</span>
                    <span className="block text-sm text-muted-foreground">{rule.description}</span>
                    <span
                      className="mt-1 block text-xs text-muted-foreground"
                      data-testid={`rule-${rule.key}-boundaries`}
                    >
                      {rule.boundaries}
                    </span>
                  </label>
                </div>
                <label className="grid content-start gap-1.5 text-sm">
                  <span className="font-medium">Severity</span>
                  <select
                    name={`${prefix}.severity`}
                    defaultValue={values[`${prefix}.severity`] ?? "HIGH"}
                    className={cn(inputClassName, "cursor-pointer")}
                    data-testid={`rule-${rule.key}-severity`}
                  >
                    {severities.map((severity) => (
                      <option key={severity} value={severity}>
                        {severityWords[severity] ?? severity}
                      </option>
                    ))}
                  </select>
                </label>
                <div className="grid content-start gap-3 sm:grid-cols-2">
                  {rule.fields.map((field) => (
                    <Field
                      key={field.name}
                      label={field.kind === "money" ? `${field.label} ($)` : field.label}
                      name={`${prefix}.${field.name}`}
                      defaultValue={values[`${prefix}.${field.name}`] ?? ""}
                      inputMode={field.kind === "text" ? "text" : "numeric"}
                      error={errors[`${prefix}.${field.name}`]}
                      testId={`rule-${rule.key}-${field.name}`}
                      className={field.kind === "text" ? "sm:col-span-2" : undefined}
                    />
                  ))}
                </div>
              </fieldset>
            );
          })}
        </div>
        <CardFooter className="flex-col items-stretch gap-3 sm:flex-row sm:items-center">
          {state.error && (
            <p
              role="alert"
              className="rounded-md bg-danger-soft px-3 py-2 text-sm text-danger-foreground sm:order-2"
              data-testid="form-error"
            >
              {state.error}
            </p>
          )}
          <SubmitButton isPending={isPending} pendingLabel="Saving…" data-testid="profile-save">
            {profileId ? "Save as a new version" : "Create profile"}
          </SubmitButton>
          <div className="flex flex-wrap items-end gap-2 sm:ml-auto">
            <Field
              label="Preview for one loan (optional)"
              name="previewLoanReference"
              defaultValue={values.previewLoanReference ?? ""}
              testId="preview-loan-reference"
            />
            <Button
              type="submit"
              variant="outline"
              formAction={previewAction}
              disabled={isPreviewing}
              aria-busy={isPreviewing || undefined}
              data-testid="profile-preview-run"
            >
              {isPreviewing && <Loader2 aria-hidden className="animate-spin" />}
              {isPreviewing ? "Previewing…" : "Preview"}
            </Button>
          </div>
        </CardFooter>
        <CardContent>
          <ProfilePreview state={preview} />
        </CardContent>
      </Card>
    </form>
  );
}
