import "server-only";
import type { ProfileInput } from "@/lib/requirements/profile-input";
import type { CurrentUser } from "../auth/current-user";
import { AppError } from "../errors";
import { getProfile } from "./list-profiles";
import { saveProfile } from "./save-profile";

/** A new profile starting from another's newest version, named "… (copy)". */
export async function duplicateProfile({ profileId, actor }: { profileId: string; actor: CurrentUser }) {
  const source = await getProfile(profileId);
  const version = source?.versions[0];
  if (!source || !version) throw new AppError("not_found", "Profile not found.");
  const input: ProfileInput = {
    name: `${source.name} (copy)`,
    description: source.description ?? undefined,
    rules: version.rules.map((rule) => ({
      ruleKey: rule.ruleKey,
      severity: rule.severity,
      input: rule.input as Record<string, unknown>,
    })),
    reminderDays: source.reminderDays,
    chaseDays: source.chaseDays,
    autoOutreach: source.autoOutreach,
  };
  return saveProfile({ input, actor });
}
