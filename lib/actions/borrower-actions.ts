"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { PermissionDenied, requireActionPermission } from "@/lib/server/auth/current-user";
import { AxleError } from "@/lib/server/axle/axle-errors";
import { descopeConnection } from "@/lib/server/connections/descope-connection";
import { AppError } from "@/lib/server/errors";
import {
  newBorrowerSchema,
  startIgnitionForBorrower,
  startIgnitionForNewBorrower,
} from "@/lib/server/ignition/start-ignition";
import { log } from "@/lib/server/log";

// The dashboard's own forms. Each: permission, zod input, one operation (which writes its audit row), small result.

export type ActionState = { error?: string; fieldErrors?: Record<string, string> };

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
    return { error: messageFor(error) };
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
    return { error: messageFor(error) };
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
    return { error: messageFor(error) };
  }
  revalidatePath("/", "layout");
  return {};
}

function messageFor(error: unknown): string {
  if (error instanceof PermissionDenied) return "Your role does not allow this.";
  if (error instanceof AppError) return error.message;
  if (error instanceof AxleError) return `Axle refused the request: ${error.message}`;
  log.error("action failed", { error: (error as Error).stack ?? String(error) });
  return "Something went wrong. Please try again.";
}
