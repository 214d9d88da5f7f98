import "server-only";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db";

export const defaultProfileName = "Auto loan, standard";

/** The profile that applies to borrowers without one of their own, created once with its first version. */
export async function ensureDefaultProfile() {
  const existing = await db.requirementProfile.findFirst({ where: { isDefault: true, retiredAt: null } });
  if (existing) return existing;
  return db.$transaction(async (tx) => {
    const profile = await tx.requirementProfile.create({
      data: {
        name: defaultProfileName,
        description: "Applies to every borrower without a profile of their own.",
        isDefault: true,
        versions: {
          create: {
            version: 1,
            rules: { create: [{ ruleKey: "policy-active", severity: "HIGH", position: 0 }] },
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
