"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/action-state";
import { profileInputFromForm } from "@/lib/requirements/profile-form";
import { profileInputSchema } from "@/lib/requirements/profile-input";
import { actionError } from "@/lib/server/action-result";
import { requireActionPermission } from "@/lib/server/auth/current-user";
import { assignProfile } from "@/lib/server/profiles/assign-profile";
import { duplicateProfile } from "@/lib/server/profiles/duplicate-profile";
import { retireProfile } from "@/lib/server/profiles/retire-profile";
import { saveProfile } from "@/lib/server/profiles/save-profile";

// Requirement profiles: create or version, duplicate, retire, assign. Every save re-evaluates its borrowers.

export async function saveProfileAction(
  profileId: string | null,
  _previous: ActionState,
  form: FormData,
): Promise<ActionState> {
  let saved: { profileId: string };
  try {
    const actor = await requireActionPermission("requirements.write");
    const parsed = profileInputSchema.safeParse(profileInputFromForm(form));
    if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Check the form." };
    saved = await saveProfile({ profileId: profileId ?? undefined, input: parsed.data, actor });
  } catch (error) {
    return actionError(error);
  }
  revalidatePath("/", "layout");
  redirect(`/requirements/${saved.profileId}?saved=1`);
}

export async function duplicateProfileAction(
  profileId: string,
  _previous: ActionState,
  _form: FormData,
): Promise<ActionState> {
  let copy: { profileId: string };
  try {
    copy = await duplicateProfile({ profileId, actor: await requireActionPermission("requirements.write") });
  } catch (error) {
    return actionError(error);
  }
  redirect(`/requirements/${copy.profileId}`);
}

export async function retireProfileAction(
  profileId: string,
  _previous: ActionState,
  _form: FormData,
): Promise<ActionState> {
  try {
    await retireProfile({ profileId, actor: await requireActionPermission("requirements.write") });
  } catch (error) {
    return actionError(error);
  }
  revalidatePath("/", "layout");
  return { notice: "Retired. Its borrowers now follow the default profile." };
}

export async function assignProfileAction(
  borrowerId: string,
  _previous: ActionState,
  form: FormData,
): Promise<ActionState> {
  try {
    const actor = await requireActionPermission("profiles.assign");
    const profileId = String(form.get("profileId") ?? "");
    await assignProfile({ borrowerId, profileId: profileId || null, actor });
  } catch (error) {
    return actionError(error);
  }
  revalidatePath(`/borrowers/${borrowerId}`);
  return { notice: "Profile assigned and policies evaluated." };
}
