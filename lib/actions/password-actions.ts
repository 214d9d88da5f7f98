"use server";

import { redirect } from "next/navigation";
import { type ActionState, fieldErrorsOf, submittedValues } from "@/lib/action-state";
import { actionError } from "@/lib/server/action-result";
import { requireActionPermission } from "@/lib/server/auth/current-user";
import { changeOwnPassword, WrongCurrentPassword } from "@/lib/server/users/change-own-password";
import { PasswordLinkInvalid, setPasswordWithToken } from "@/lib/server/users/set-password-with-token";
import { changeOwnPasswordSchema, newPasswordSchema } from "@/lib/users/user-input";

// Passwords: set from an invitation or reset link (public, the token is the proof), or changed by a signed-in
// user. The token never comes back in a result; what the user typed does, so a refusal loses nothing.

export async function setPasswordAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const { token = "", ...values } = submittedValues(form);
  try {
    const parsed = newPasswordSchema.safeParse(values);
    if (!parsed.success)
      return {
        error: "Check the highlighted fields.",
        fieldErrors: fieldErrorsOf(parsed.error.issues),
        values,
      };
    await setPasswordWithToken({ token, ...parsed.data });
  } catch (error) {
    if (error instanceof PasswordLinkInvalid)
      return {
        error: "This link no longer works: it expired or was already used. Ask your admin for a new one.",
      };
    return { ...actionError(error), values };
  }
  redirect("/signin?notice=password-set");
}

export async function changeOwnPasswordAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = submittedValues(form);
  try {
    const user = await requireActionPermission("dashboard.read");
    const parsed = changeOwnPasswordSchema.safeParse(values);
    if (!parsed.success)
      return {
        error: "Check the highlighted fields.",
        fieldErrors: fieldErrorsOf(parsed.error.issues),
        values,
      };
    await changeOwnPassword({ user, input: parsed.data });
    return { notice: "Password changed. Your other sessions are signed out." };
  } catch (error) {
    if (error instanceof WrongCurrentPassword)
      return { error: error.message, fieldErrors: { currentPassword: error.message }, values };
    return { ...actionError(error), values };
  }
}
