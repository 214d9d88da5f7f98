import "server-only";
import { bulkRecordingLimits } from "@/lib/db-transaction-limits";
import { type ProfileInput, profileInputSchema } from "@/lib/requirements/profile-input";
import { recordAudit, userActor } from "../audit/record-audit";
import type { CurrentUser } from "../auth/current-user";
import { recordBulkAction } from "../bulk/start-bulk-action";
import { db } from "../db";
import { AppError } from "../errors";
import { toJson } from "../to-json";

/**
 * Creates a profile, or saves a new version of an existing one (versions are never edited: an evaluation
 * records the version it used). The borrowers it applies to are evaluated again by a job, recorded in the same
 * transaction as the version (a bulk action, whose progress the profile page shows): a profile with 100,000
 * borrowers saves at once, and no version is ever left without the evaluation it calls for.
 */
export async function saveProfile({
  profileId,
  input,
  actor,
}: {
  profileId?: string;
  input: ProfileInput;
  actor: CurrentUser;
}) {
  const data = profileInputSchema.parse(input);
  const clash = await db.requirementProfile.findFirst({
    where: { name: data.name, ...(profileId ? { id: { not: profileId } } : {}) },
    select: { id: true },
  });
  if (clash) throw new AppError("conflict", `A profile named "${data.name}" already exists.`);

  return db.$transaction(async (tx) => {
    const fields = {
      name: data.name,
      description: data.description ?? null,
      reminderDays: data.reminderDays,
      chaseDays: data.chaseDays,
      autoOutreach: data.autoOutreach,
    };
    const profile = profileId
      ? await tx.requirementProfile
          .update({ where: { id: profileId, retiredAt: null }, data: fields })
          .catch(() => {
            throw new AppError("not_found", "That profile does not exist or is retired.");
          })
      : await tx.requirementProfile.create({ data: fields });
    const latest = await tx.requirementProfileVersion.findFirst({
      where: { profileId: profile.id },
      orderBy: { version: "desc" },
      select: { version: true },
    });
    const version = await tx.requirementProfileVersion.create({
      data: {
        profileId: profile.id,
        version: (latest?.version ?? 0) + 1,
        createdById: actor.id,
        rules: {
          create: data.rules.map((rule, position) => ({
            ruleKey: rule.ruleKey,
            severity: rule.severity,
            input: toJson(rule.input),
            position,
          })),
        },
      },
    });
    await recordAudit(tx, {
      actor: userActor(actor),
      action: profileId ? "requirement-profile.versioned" : "requirement-profile.created",
      targetType: "RequirementProfile",
      targetId: profile.id,
      details: { version: version.version, rules: data.rules.map((rule) => rule.ruleKey) },
    });
    // A new profile has no borrowers yet.
    const reevaluation = profileId
      ? await recordBulkAction(tx, {
          kind: "reevaluate",
          target: { profileBorrowers: { profileId: profile.id, isDefault: profile.isDefault } },
          input: {},
          actor,
        })
      : null;
    return { profileId: profile.id, version: version.version, reevaluation };
  }, bulkRecordingLimits);
}
