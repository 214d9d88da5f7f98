import "server-only";
import { type ProfileInput, profileInputSchema } from "@/lib/requirements/profile-input";
import { recordAudit, userActor } from "../audit/record-audit";
import type { CurrentUser } from "../auth/current-user";
import { db } from "../db";
import { AppError } from "../errors";
import { toJson } from "../to-json";
import { reevaluateProfileBorrowers } from "./reevaluate-borrowers";

/**
 * Creates a profile, or saves a new version of an existing one (versions are never edited: an evaluation
 * records the version it used). Then re-evaluates the borrowers it applies to.
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

  const saved = await db.$transaction(async (tx) => {
    const fields = {
      name: data.name,
      description: data.description ?? null,
      reminderDays: data.reminderDays,
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
    return { profileId: profile.id, version: version.version };
  });
  const reevaluated = await reevaluateProfileBorrowers(saved.profileId);
  return { ...saved, reevaluated };
}
