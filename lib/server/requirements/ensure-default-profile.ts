import "server-only";
import { defaultProfile } from "@/lib/requirements/default-profile";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db";

/** The profile that applies to borrowers without one of their own, created once with its first version. */
export async function ensureDefaultProfile() {
  const existing = await db.requirementProfile.findFirst({ where: { isDefault: true, retiredAt: null } });
  if (existing) return existing;
  return db.$transaction(async (tx) => {
    const profile = await tx.requirementProfile.create({
      data: {
        name: defaultProfile.name,
        description: defaultProfile.description,
        isDefault: true,
        versions: {
          create: {
            version: 1,
            rules: { create: defaultProfile.rules.map((rule, position) => ({ ...rule, position })) },
          },
        },
      },
    });
    await recordAudit(tx, {
      actor: "system",
      action: "requirement-profile.created",
      targetType: "RequirementProfile",
      targetId: profile.id,
    });
    return profile;
  });
}
