"use client";

import { KeyRound, MoreHorizontal, RotateCcw, Send, ShieldCheck, UserX } from "lucide-react";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { toast } from "@/components/ui/sonner";
import type { ActionState } from "@/lib/action-state";
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
  const [open, setOpen] = useState<Kind | null>(null);
  const [role, setRole] = useState<Role>(member.role);
  const roleId = useId();
  const isInvited = member.state === "invited";
  const isDeactivated = member.state === "deactivated";

  async function run(action: () => Promise<ActionState>) {
    const result = await action();
    if (result.notice) toast.success(result.notice);
    return result;
  }

  const dialogs: Record<Kind, Parameters<typeof ConfirmDialog>[0]> = {
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
      onConfirm: () => run(() => changeUserRoleAction(member.id, role)),
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
      onConfirm: () => run(() => sendPasswordLinkAction(member.id)),
    },
    deactivate: {
      title: `Deactivate ${member.name}?`,
      description: isSelf
        ? "You are signed out at once and can no longer sign in, until another admin reactivates you."
        : `${member.name} is signed out everywhere at once and can no longer sign in. Their history stays; you can reactivate them later.`,
      confirmLabel: "Deactivate",
      pendingLabel: "Deactivating…",
      destructive: true,
      onConfirm: () => run(() => deactivateUserAction(member.id)),
    },
    reactivate: {
      title: `Reactivate ${member.name}?`,
      description: `${member.name} can sign in again with their password, with the ${roleLabels[member.role]} role.`,
      confirmLabel: "Reactivate",
      pendingLabel: "Reactivating…",
      onConfirm: () => run(() => reactivateUserAction(member.id)),
    },
  };

  const choose = (kind: Kind) => () => {
    if (kind === "role") setRole(member.role);
    setOpen(kind);
  };

  return (
    <>
      {/* Not modal: the menu hands focus to the dialog it opens without leaving the page inert. */}
      <DropdownMenu modal={false}>
        <DropdownMenuTrigger asChild>
          <Button
            variant="ghost"
            size="icon"
            aria-label={`Actions for ${member.name}`}
            data-testid="user-actions"
          >
            <MoreHorizontal aria-hidden />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end">
          {!isDeactivated && (
            <DropdownMenuItem onSelect={choose("role")} data-testid="user-action-role">
              <ShieldCheck aria-hidden /> Change role…
            </DropdownMenuItem>
          )}
          {!isDeactivated && (
            <DropdownMenuItem onSelect={choose("password-link")} data-testid="user-action-password-link">
              {isInvited ? <Send aria-hidden /> : <KeyRound aria-hidden />}
              {isInvited ? "Resend invite…" : "Send password reset…"}
            </DropdownMenuItem>
          )}
          {isDeactivated ? (
            <DropdownMenuItem onSelect={choose("reactivate")} data-testid="user-action-reactivate">
              <RotateCcw aria-hidden /> Reactivate…
            </DropdownMenuItem>
          ) : (
            <DropdownMenuItem onSelect={choose("deactivate")} data-testid="user-action-deactivate">
              <UserX aria-hidden /> Deactivate…
            </DropdownMenuItem>
          )}
        </DropdownMenuContent>
      </DropdownMenu>
      {open && (
        <ConfirmDialog
          {...dialogs[open]}
          open
          onOpenChange={(isOpen) => {
            if (!isOpen) setOpen(null);
          }}
          confirmTestId={`user-${open}-confirm`}
        />
      )}
    </>
  );
}
