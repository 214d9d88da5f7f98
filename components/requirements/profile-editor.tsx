"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { ActionState } from "@/lib/action-state";
import { saveProfileAction } from "@/lib/actions/profile-actions";
import type { ruleCatalogForEditor } from "@/lib/requirements/profile-form";
import { severities } from "@/lib/requirements/profile-input";

type Catalog = ReturnType<typeof ruleCatalogForEditor>;
export type ProfileDraft = {
  name: string;
  description: string;
  reminderDays: number[];
  autoOutreach: boolean;
  rules: Record<string, { severity: string; input: Record<string, unknown> }>;
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
  const [state, action, isPending] = useActionState<ActionState, FormData>(
    saveProfileAction.bind(null, profileId),
    {},
  );
  return (
    <form action={action} className="space-y-6">
      <div className="grid gap-4 rounded-xl bg-white p-6 shadow md:grid-cols-2">
        <Field label="Name" name="name" defaultValue={draft.name} required testId="profile-name" />
        <Field label="Description" name="description" defaultValue={draft.description} />
        <Field
          label="Reminder days after the first request (comma separated)"
          name="reminderDays"
          defaultValue={draft.reminderDays.join(", ")}
          testId="profile-reminder-days"
        />
        <label className="flex items-center gap-2 self-end text-sm">
          <input type="checkbox" name="autoOutreach" defaultChecked={draft.autoOutreach} /> Ask the borrower
          to reconnect by itself when the account disconnects
        </label>
      </div>
      <div className="divide-y divide-slate-100 rounded-xl bg-white shadow">
        {catalog.map((rule) => {
          const current = draft.rules[rule.key];
          return (
            <fieldset
              key={rule.key}
              className="grid gap-3 p-4 md:grid-cols-[2fr_1fr_2fr]"
              data-testid={`rule-${rule.key}`}
            >
              <label className="flex items-start gap-2">
                <input
                  type="checkbox"
                  name={`rule.${rule.key}.enabled`}
                  defaultChecked={Boolean(current)}
                  className="mt-1"
                  data-testid={`rule-${rule.key}-enabled`}
                />
                <span>
                  <span className="font-medium">{rule.title}</span>
                  <span className="block text-sm text-slate-500">{rule.description}</span>
                </span>
              </label>
              <label className="text-sm">
                Severity
                <select
                  name={`rule.${rule.key}.severity`}
                  defaultValue={current?.severity ?? "HIGH"}
                  className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1"
                >
                  {severities.map((severity) => (
                    <option key={severity} value={severity}>
                      {severity.toLowerCase()}
                    </option>
                  ))}
                </select>
              </label>
              <div className="grid gap-2 md:grid-cols-2">
                {rule.fields.map((field) => (
                  <Field
                    key={field.name}
                    label={field.kind === "money" ? `${field.label} ($)` : field.label}
                    name={`rule.${rule.key}.${field.name}`}
                    defaultValue={String(current?.input[field.name] ?? "")}
                    inputMode={field.kind === "text" ? "text" : "numeric"}
                    testId={`rule-${rule.key}-${field.name}`}
                  />
                ))}
              </div>
            </fieldset>
          );
        })}
      </div>
      {state.error && (
        <p className="rounded bg-red-50 px-3 py-2 text-sm text-red-700" data-testid="form-error">
          {state.error}
        </p>
      )}
      <Button type="submit" disabled={isPending} data-testid="profile-save">
        {isPending ? "Saving…" : profileId ? "Save as a new version" : "Create profile"}
      </Button>
    </form>
  );
}
