"use server";

import { revalidatePath } from "next/cache";
import { type ActionState, fieldErrorsOf, submittedValues } from "@/lib/action-state";
import { apiKeyInputSchema } from "@/lib/api-keys/api-key-input";
import { actionError } from "@/lib/server/action-result";
import { createApiKey } from "@/lib/server/api-keys/create-api-key";
import { revokeApiKey } from "@/lib/server/api-keys/revoke-api-key";
import { requireActionPermission } from "@/lib/server/auth/current-user";

// The API keys' forms (admins only). Each operation writes its own audit row.

/** A created key travels back to the form once, to be shown once; it is stored nowhere but as a hash. */
export type CreateApiKeyState = ActionState & { created?: { name: string; key: string } };

export async function createApiKeyAction(
  _previous: CreateApiKeyState,
  form: FormData,
): Promise<CreateApiKeyState> {
  const values = submittedValues(form);
  try {
    const actor = await requireActionPermission("integrations.manage");
    const parsed = apiKeyInputSchema.safeParse(values);
    if (!parsed.success)
      return {
        error: "Check the highlighted fields.",
        fieldErrors: fieldErrorsOf(parsed.error.issues),
        values,
      };
    const { name, key } = await createApiKey({ input: parsed.data, actor });
    revalidatePath("/settings/api-keys");
    return { notice: `${name} is created. Copy the key now: it is not shown again.`, created: { name, key } };
  } catch (error) {
    return { ...actionError(error), values };
  }
}

export async function revokeApiKeyAction(keyId: string): Promise<ActionState> {
  try {
    const actor = await requireActionPermission("integrations.manage");
    const { name } = await revokeApiKey({ keyId, actor });
    revalidatePath("/settings/api-keys");
    return { notice: `${name} is revoked: requests with it now get 401.` };
  } catch (error) {
    return actionError(error);
  }
}
