"use server";

import { revalidatePath } from "next/cache";
import { type ActionState, fieldErrorsOf, submittedValues } from "@/lib/action-state";
import { collateralInputSchema } from "@/lib/collateral/collateral-input";
import { actionError } from "@/lib/server/action-result";
import { requireActionPermission } from "@/lib/server/auth/current-user";
import { removeCollateral } from "@/lib/server/borrowers/remove-collateral";
import { saveCollateral } from "@/lib/server/borrowers/save-collateral";

// The record's collateral forms: add or correct a vehicle, remove one. Each re-evaluates the borrower.

export async function saveCollateralAction(
  target: { borrowerId: string; vehicleId: string | null },
  _previous: ActionState,
  form: FormData,
): Promise<ActionState> {
  const values = submittedValues(form);
  try {
    const actor = await requireActionPermission("collateral.write");
    const parsed = collateralInputSchema.safeParse(values);
    if (!parsed.success) {
      return {
        error: "Check the highlighted fields.",
        fieldErrors: fieldErrorsOf(parsed.error.issues),
        values,
      };
    }
    await saveCollateral({
      borrowerId: target.borrowerId,
      vehicleId: target.vehicleId ?? undefined,
      input: values,
      actor,
    });
  } catch (error) {
    return { ...actionError(error), values };
  }
  revalidatePath(`/borrowers/${target.borrowerId}`);
  return {
    notice: target.vehicleId
      ? "Vehicle updated; the policies were evaluated again."
      : "Vehicle added; the policies were evaluated again.",
  };
}

export async function removeCollateralAction(
  target: { borrowerId: string; vehicleId: string },
  _previous: ActionState,
  _form: FormData,
): Promise<ActionState> {
  try {
    const actor = await requireActionPermission("collateral.write");
    await removeCollateral({ ...target, actor });
  } catch (error) {
    return actionError(error);
  }
  revalidatePath(`/borrowers/${target.borrowerId}`);
  return { notice: "Vehicle removed; the policies were evaluated again." };
}
