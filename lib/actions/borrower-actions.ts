"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/action-state";
import { actionError } from "@/lib/server/action-result";
import { requireActionPermission } from "@/lib/server/auth/current-user";
import { descopeConnection } from "@/lib/server/connections/descope-connection";
import {
  newBorrowerSchema,
  startIgnitionForBorrower,
  startIgnitionForNewBorrower,
} from "@/lib/server/ignition/start-ignition";

// The dashboard's own forms. Each: permission, zod input, one operation (which writes its audit row), small result.

export async function startIgnitionForNewBorrowerAction(
  _previous: ActionState,
  form: FormData,
): Promise<ActionState> {
  let borrowerId: string;
  try {
    const actor = await requireActionPermission("ignition.start");
    const parsed = newBorrowerSchema.safeParse(Object.fromEntries(form));
    if (!parsed.success) {
      return {
        fieldErrors: Object.fromEntries(
          parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message]),
        ),
      };
    }
    ({ borrowerId } = await startIgnitionForNewBorrower(parsed.data, actor));
  } catch (error) {
    return actionError(error);
  }
  redirect(`/borrowers/${borrowerId}`);
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
  return {};
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
  return {};
}
