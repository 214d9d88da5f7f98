"use server";

import { revalidatePath } from "next/cache";
import { type ActionState, fieldErrorsOf, submittedValues } from "@/lib/action-state";
import { roleLabels } from "@/lib/auth/permissions";
import { actionError } from "@/lib/server/action-result";
import { requireActionPermission } from "@/lib/server/auth/current-user";
import { env } from "@/lib/server/env";
import { AppError } from "@/lib/server/errors";
import { changeUserRole } from "@/lib/server/users/change-user-role";
import { deactivateUser } from "@/lib/server/users/deactivate-user";
import { inviteUser } from "@/lib/server/users/invite-user";
import { reactivateUser } from "@/lib/server/users/reactivate-user";
import { sendPasswordLink } from "@/lib/server/users/send-password-link";
import { inviteUserSchema, roleSchema } from "@/lib/users/user-input";

// The team page's forms (admins only). Each operation writes its own audit row.

const teamPath = "/settings/users";

/** Where the email went: out through SMTP, or into the outbox when none is configured (the offline demo). */
function whereEmailGoes(to: string) {
  return env.SMTP_URL
    ? `An email is on its way to ${to}.`
    : `The email to ${to} is in the outbox (no SMTP server).`;
}

export async function inviteUserAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = submittedValues(form);
  try {
    const actor = await requireActionPermission("users.manage");
    const parsed = inviteUserSchema.safeParse(values);
    if (!parsed.success)
      return {
        error: "Check the highlighted fields.",
        fieldErrors: fieldErrorsOf(parsed.error.issues),
        values,
      };
    await inviteUser({ input: parsed.data, actor });
    revalidatePath(teamPath);
    return { notice: `${parsed.data.name} is invited. ${whereEmailGoes(parsed.data.email)}` };
  } catch (error) {
    if (error instanceof AppError && error.code === "conflict")
      return { error: error.message, fieldErrors: { email: error.message }, values };
    return { ...actionError(error), values };
  }
}

export async function changeUserRoleAction(userId: string, role: string): Promise<ActionState> {
  try {
    const actor = await requireActionPermission("users.manage");
    const parsedRole = roleSchema.parse(role);
    const { name } = await changeUserRole({ userId, role: parsedRole, actor });
    revalidatePath("/", "layout");
    return { notice: `${name}’s role is now ${roleLabels[parsedRole]}.` };
  } catch (error) {
    return actionError(error);
  }
}

export async function sendPasswordLinkAction(userId: string): Promise<ActionState> {
  try {
    const actor = await requireActionPermission("users.manage");
    const { purpose, email } = await sendPasswordLink({ userId, actor });
    revalidatePath(teamPath);
    const what = purpose === "INVITE" ? "Invitation sent again" : "Password reset link sent";
    return { notice: `${what}. ${whereEmailGoes(email)}` };
  } catch (error) {
    return actionError(error);
  }
}

export async function deactivateUserAction(userId: string): Promise<ActionState> {
  try {
    const actor = await requireActionPermission("users.manage");
    const { name } = await deactivateUser({ userId, actor });
    revalidatePath("/", "layout");
    return { notice: `${name} is deactivated and signed out everywhere.` };
  } catch (error) {
    return actionError(error);
  }
}

export async function reactivateUserAction(userId: string): Promise<ActionState> {
  try {
    const actor = await requireActionPermission("users.manage");
    const { name } = await reactivateUser({ userId, actor });
    revalidatePath(teamPath);
    return { notice: `${name} can sign in again.` };
  } catch (error) {
    return actionError(error);
  }
}
