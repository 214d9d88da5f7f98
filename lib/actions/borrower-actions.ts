"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { type ActionState, fieldErrorsOf, submittedValues } from "@/lib/action-state";
import { actionError } from "@/lib/server/action-result";
import { requireActionPermission } from "@/lib/server/auth/current-user";
import { descopeConnection } from "@/lib/server/connections/descope-connection";
import { env } from "@/lib/server/env";
import { AppError } from "@/lib/server/errors";
import {
  newBorrowerSchema,
  startIgnitionForBorrower,
  startIgnitionForNewBorrower,
} from "@/lib/server/ignition/start-ignition";
import { inviteBorrower } from "@/lib/server/onboarding/invite-borrower";

// The dashboard's own forms. Each: permission, zod input, one operation (which writes its audit row), small result.

export async function startIgnitionForNewBorrowerAction(
  _previous: ActionState,
  form: FormData,
): Promise<ActionState> {
  let borrowerId: string;
  // Whatever happens, the form gets back what was typed in it.
  const values = submittedValues(form);
  try {
    const actor = await requireActionPermission("ignition.start");
    const parsed = newBorrowerSchema.safeParse(values);
    if (!parsed.success) {
      return {
        error: "Check the highlighted fields.",
        fieldErrors: fieldErrorsOf(parsed.error.issues),
        values,
      };
    }
    ({ borrowerId } = await startIgnitionForNewBorrower(parsed.data, actor, {
      invite: values.invite === "on",
    }));
  } catch (error) {
    // The one refusal that is about a field: the loan reference is taken.
    if (error instanceof AppError && error.code === "conflict")
      return { error: error.message, fieldErrors: { loanReference: error.message }, values };
    return { ...actionError(error), values };
  }
  redirect(`/borrowers/${borrowerId}`);
}

export async function inviteBorrowerAction(
  borrowerId: string,
  _previous: ActionState,
  _form: FormData,
): Promise<ActionState> {
  try {
    const actor = await requireActionPermission("outreach.send");
    await inviteBorrower({ borrowerId, actor });
  } catch (error) {
    return actionError(error);
  }
  revalidatePath(`/borrowers/${borrowerId}`);
  return {
    notice: env.SMTP_URL
      ? "Invitation on its way: its delivery shows on the Outreach tab."
      : "Invitation written to the outbox.",
  };
}

export async function restartIgnitionAction(
  borrowerId: string,
  _previous: ActionState,
  _form: FormData,
): Promise<ActionState> {
  try {
    const actor = await requireActionPermission("ignition.start");
    await startIgnitionForBorrower(borrowerId, actor);
  } catch (error) {
    return actionError(error);
  }
  revalidatePath(`/borrowers/${borrowerId}`);
  return { notice: "New Ignition link created. Copy it to the borrower, or ask them to reconnect by email." };
}

export async function descopeConnectionAction(
  connectionId: string,
  _previous: ActionState,
  _form: FormData,
): Promise<ActionState> {
  try {
    const actor = await requireActionPermission("connections.descope");
    await descopeConnection({ connectionId, actor });
  } catch (error) {
    return actionError(error);
  }
  revalidatePath("/", "layout");
  return { notice: "Monitoring stopped. Axle sends no more updates for this policy." };
}
