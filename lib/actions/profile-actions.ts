"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { type ActionState, submittedValues } from "@/lib/action-state";
import { profileInputFromForm } from "@/lib/requirements/profile-form";
import { profileInputSchema } from "@/lib/requirements/profile-input";
import { rulesByKey } from "@/lib/requirements/rule-catalog";
import { actionError } from "@/lib/server/action-result";
import { requireActionPermission } from "@/lib/server/auth/current-user";
import { assignProfile } from "@/lib/server/profiles/assign-profile";
import { duplicateProfile } from "@/lib/server/profiles/duplicate-profile";
import {
  type BorrowerPreview,
  type PortfolioPreview,
  previewProfile,
  previewProfileForBorrower,
} from "@/lib/server/profiles/preview-profile";
import { retireProfile } from "@/lib/server/profiles/retire-profile";
import { saveProfile } from "@/lib/server/profiles/save-profile";

// Requirement profiles: create or version, duplicate, retire, assign. A save or a retirement evaluates the
// borrowers concerned again, as a job.

export async function saveProfileAction(
  profileId: string | null,
  _previous: ActionState,
  form: FormData,
): Promise<ActionState> {
  let saved: Awaited<ReturnType<typeof saveProfile>>;
  // Whatever happens, the editor gets back every field as it was submitted.
  const values = submittedValues(form);
  try {
    const actor = await requireActionPermission("requirements.write");
    const input = profileInputFromForm(form);
    const parsed = profileInputSchema.safeParse(input);
    if (!parsed.success) {
      const fieldErrors = profileFieldErrors(input, parsed.error.issues);
      const error =
        Object.keys(fieldErrors).length > 0
          ? "Check the highlighted fields."
          : (parsed.error.issues[0]?.message ?? "Check the form.");
      return { error, fieldErrors, values };
    }
    saved = await saveProfile({ profileId: profileId ?? undefined, input: parsed.data, actor });
  } catch (error) {
    return { ...actionError(error), values };
  }
  revalidatePath("/", "layout");
  // The page shows the re-evaluation's progress, when there is one to show.
  const evaluation = saved.reevaluation ? `&evaluation=${saved.reevaluation.id}` : "";
  redirect(`/requirements/${saved.profileId}?saved=1${evaluation}`);
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
  let retired: Awaited<ReturnType<typeof retireProfile>>;
  try {
    retired = await retireProfile({ profileId, actor: await requireActionPermission("requirements.write") });
  } catch (error) {
    return actionError(error);
  }
  revalidatePath("/", "layout");
  // The page then shows the re-evaluation's progress.
  if (retired.reevaluation) redirect(`/requirements/${profileId}?evaluation=${retired.reevaluation.id}`);
  return { notice: "Retired. No borrower followed it." };
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

type Issue = { path: PropertyKey[]; message: string };

/**
 * Each issue under the form field it is about: `name`, `reminderDays`, `chaseDays`, or `rule.<key>.<field>` (a rule's input
 * is checked again here to find which of its fields is wrong). Issues about the rule list as a whole have no
 * field; the form shows those in its summary.
 */
function profileFieldErrors(
  input: ReturnType<typeof profileInputFromForm>,
  issues: Issue[],
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const [head, index, part] = issue.path;
    if (head === "name" || head === "description") errors[head] ??= issue.message;
    else if (head === "reminderDays" || head === "chaseDays")
      errors[head] ??= "Give whole days between 1 and 365, separated by commas (at most 10).";
    else if (head === "rules" && typeof index === "number" && part === "input") {
      const rule = input.rules[index];
      const definition = rule && rulesByKey.get(rule.ruleKey);
      if (!(rule && definition)) continue;
      const fieldIssues = definition.inputSchema.safeParse(rule.input).error?.issues ?? [];
      for (const fieldIssue of fieldIssues) {
        const name = String(fieldIssue.path[0] ?? definition.fields[0]?.name ?? "");
        const field = definition.fields.find((candidate) => candidate.name === name);
        if (!field) continue;
        // A number field that did not parse says what it wants rather than zod's type words.
        const isNotANumber = field.kind !== "text" && typeof rule.input[name] !== "number";
        const message = !isNotANumber
          ? fieldIssue.message
          : field.kind === "money"
            ? "Enter an amount in dollars, like 1,000."
            : "Enter a whole number of days, like 30.";
        errors[`rule.${rule.ruleKey}.${name}`] ??= message;
      }
    }
  }
  return errors;
}

export type PreviewState = {
  error?: string;
  /** The form as submitted, so the editor keeps what was typed. */
  values?: Record<string, string>;
  portfolio?: PortfolioPreview;
  borrower?: BorrowerPreview;
};

/**
 * The editor's Preview: the form as it stands, evaluated against the profile's borrowers (and, if a loan
 * reference is given, one borrower rule by rule). Saves nothing.
 */
export async function previewProfileAction(
  profileId: string | null,
  _previous: PreviewState,
  form: FormData,
): Promise<PreviewState> {
  const values = submittedValues(form);
  try {
    await requireActionPermission("requirements.write");
    const parsed = profileInputSchema.safeParse(profileInputFromForm(form));
    if (!parsed.success)
      return { values, error: "Check the settings first: the preview runs what Save would save." };
    const { rules } = parsed.data;
    const loanReference = String(form.get("previewLoanReference") ?? "").trim();
    const [portfolio, borrower] = await Promise.all([
      profileId ? previewProfile({ profileId, rules }) : undefined,
      loanReference ? previewProfileForBorrower({ loanReference, rules }) : undefined,
    ]);
    if (borrower === null)
      return { values, portfolio, error: `No borrower has the loan reference ${loanReference}.` };
    return { values, portfolio, borrower };
  } catch (error) {
    return { values, error: actionError(error).error };
  }
}
