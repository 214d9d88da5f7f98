"use client";

import { Send } from "lucide-react";
import { useId, useState } from "react";
import { ConfirmedAction } from "@/components/borrowers/confirmed-action";
import { Field } from "@/components/ui/field";
import { inviteUserAction } from "@/lib/actions/team-actions";
import { type Role, roleLabels, roles } from "@/lib/auth/permissions";
import { RoleSelect, roleHints } from "./role-select";

/**
 * Invites a teammate: name, email and role, then a confirmation naming the address the set-password link goes
 * to. A refusal (an email already in the team) shows at its field and keeps what was typed.
 */

const roleLabelOf = (value: FormDataEntryValue | null) =>
  roles.find((role) => role === value) ? roleLabels[value as Role] : "the chosen role";

export function InviteUserForm() {
  const id = useId();
  const [role, setRole] = useState<Role>("VIEWER");
  return (
    <ConfirmedAction
      action={inviteUserAction}
      label={
        <>
          <Send aria-hidden /> Send invite
        </>
      }
      variant="default"
      size="default"
      title="Send the invitation?"
      description={(form) => (
        <span data-testid="invite-confirm-text">
          An email with a set-password link will be sent to{" "}
          <strong className="text-foreground">{String(form.get("email") ?? "")}</strong>, who joins as{" "}
          <strong className="text-foreground">{roleLabelOf(form.get("role"))}</strong>. The link works once,
          for 72 hours.
        </span>
      )}
      confirmLabel="Send invite"
      pendingLabel="Sending…"
      testId="invite-user"
      className="grid items-start gap-4 sm:grid-cols-2 lg:grid-cols-[1fr_1fr_14rem_auto] lg:items-end"
    >
      {(result) => (
        <>
          <Field
            label="Name"
            name="name"
            autoComplete="off"
            required
            maxLength={200}
            defaultValue={result.values?.name}
            error={result.fieldErrors?.name}
            testId="invite-name"
          />
          <Field
            label="Email"
            name="email"
            type="email"
            autoComplete="off"
            required
            defaultValue={result.values?.email}
            error={result.fieldErrors?.email}
            testId="invite-email"
          />
          <div className="grid gap-1.5 text-sm">
            <label htmlFor={`${id}-role`} className="font-medium text-foreground">
              Role
            </label>
            <RoleSelect
              id={`${id}-role`}
              name="role"
              value={role}
              onValueChange={setRole}
              invalid={Boolean(result.fieldErrors?.role)}
              testId="invite-role"
            />
            <span className="text-xs text-muted-foreground lg:hidden">{roleHints[role]}</span>
          </div>
        </>
      )}
    </ConfirmedAction>
  );
}
