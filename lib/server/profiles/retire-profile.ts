import "server-only";
import { recordAudit, userActor } from "../audit/record-audit";
import type { CurrentUser } from "../auth/current-user";
import { refreshComplianceStatus } from "../compliance/refresh-compliance-status";
import { db } from "../db";
import { AppError } from "../errors";
import { reevaluateBorrowers } from "./reevaluate-borrowers";

/** Retires a profile: its borrowers fall back to the default profile and are evaluated again. */
export async function retireProfile({ profileId, actor }: { profileId: string; actor: CurrentUser }) {
  const borrowerIds = await db.$transaction(async (tx) => {
    const profile = await tx.requirementProfile.findUnique({ where: { id: profileId } });
    if (!profile || profile.retiredAt)
      throw new AppError("not_found", "That profile does not exist or is already retired.");
    if (profile.isDefault) throw new AppError("conflict", "The default profile cannot be retired.");
    const borrowers = await tx.borrower.findMany({
      where: { requirementProfileId: profileId },
      select: { id: true },
    });
    await tx.borrower.updateMany({
      where: { requirementProfileId: profileId },
      data: { requirementProfileId: null },
    });
    await tx.requirementProfile.update({ where: { id: profileId }, data: { retiredAt: new Date() } });
    await recordAudit(tx, {
      actor: userActor(actor),
      action: "requirement-profile.retired",
      targetType: "RequirementProfile",
      targetId: profileId,
      details: { borrowers: borrowers.length },
    });
    const borrowerIds = borrowers.map((borrower) => borrower.id);
    // They fall back to the default profile's expiry window at once.
    await refreshComplianceStatus(tx, borrowerIds);
    return borrowerIds;
  });
  await reevaluateBorrowers(borrowerIds);
}
