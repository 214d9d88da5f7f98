"use client";

import { KeyRound, RotateCcw, Send, ShieldCheck, UserX } from "lucide-react";
import { useId, useState } from "react";
import {
  ConfirmedActionsMenu,
  type MenuDialog,
  menuItem,
  runConfirmed,
} from "@/components/ui/confirmed-actions-menu";
import {
  changeUserRoleAction,
  deactivateUserAction,
  reactivateUserAction,
  sendPasswordLinkAction,
} from "@/lib/actions/team-actions";
import { type Role, roleLabels } from "@/lib/auth/permissions";
import type { UserState } from "@/lib/users/user-state";
import { RoleSelect, roleHints } from "./role-select";

type Member = { id: string; name: string; email: string; role: Role; state: UserState };
type Kind = "role" | "password-link" | "deactivate" | "reactivate";

/** The actions on one teammate, each behind a confirmation that says what happens and to whom. */
export function UserRowActions({ member, isSelf }: { member: Member; isSelf: boolean }) {
  const [role, setRole] = useState<Role>(member.role);
  const roleId = useId();
  const isInvited = member.state === "invited";
  const isDeactivated = member.state === "deactivated";

  const dialogs: Record<Kind, MenuDialog> = {
    role: {
      title: `Change ${member.name}'s role?`,
      description: `${member.name} gets the new role's permissions on their next click; nothing else changes.`,
      body: (
        <div className="grid gap-1.5 text-sm">
          <label htmlFor={roleId} className="font-medium">
            Role
          </label>
          <RoleSelect id={roleId} value={role} onValueChange={setRole} testId="change-role-select" />
          <span className="text-xs text-muted-foreground">{roleHints[role]}</span>
        </div>
      ),
      confirmLabel: "Change role",
      pendingLabel: "Changing…",
      onConfirm: () => runConfirmed(() => changeUserRoleAction(member.id, role)),
    },
    "password-link": {
      title: isInvited ? "Send the invitation again?" : `Send ${member.name} a password reset link?`,
      description: (
        <>
          An email with a set-password link will be sent to{" "}
          <strong className="text-foreground">{member.email}</strong>. Earlier links stop working
          {isInvited ? "." : "; their current password keeps working until they use the new link."}
        </>
      ),
      confirmLabel: isInvited ? "Send invite" : "Send reset link",
      pendingLabel: "Sending…",
      onConfirm: () => runConfirmed(() => sendPasswordLinkAction(member.id)),
    },
    deactivate: {
      title: `Deactivate ${member.name}?`,
      description: isSelf
        ? "You are signed out at once and can no longer sign in, until another admin reactivates you."
        : `${member.name} is signed out everywhere at once and can no longer sign in. Their history stays; you can reactivate them later.`,
      confirmLabel: "Deactivate",
      pendingLabel: "Deactivating…",
      destructive: true,
      onConfirm: () => runConfirmed(() => deactivateUserAction(member.id)),
    },
    reactivate: {
      title: `Reactivate ${member.name}?`,
      description: `${member.name} can sign in again with their password, with the ${roleLabels[member.role]} role.`,
      confirmLabel: "Reactivate",
      pendingLabel: "Reactivating…",
      onConfirm: () => runConfirmed(() => reactivateUserAction(member.id)),
    },
  };

  const actions = isDeactivated
    ? [
        menuItem(
          "reactivate",
          <>
            <RotateCcw aria-hidden /> Reactivate…
          </>,
        ),
      ]
    : [
        menuItem(
          "role",
          <>
            <ShieldCheck aria-hidden /> Change role…
          </>,
        ),
        menuItem(
          "password-link",
          isInvited ? (
            <>
              <Send aria-hidden /> Resend invite…
            </>
          ) : (
            <>
              <KeyRound aria-hidden /> Send password reset…
            </>
          ),
        ),
        menuItem(
          "deactivate",
          <>
            <UserX aria-hidden /> Deactivate…
          </>,
        ),
      ];

  return (
    <ConfirmedActionsMenu
      label={`Actions for ${member.name}`}
      testId="user-actions"
      items={actions}
      dialogs={dialogs}
      itemTestId={(key) => `user-action-${key}`}
      onChoose={(key) => {
        if (key === "role") setRole(member.role);
      }}
      confirmTestId={(key) => `user-${key}-confirm`}
    />
  );
}
