import "server-only";
import { bulkRecordingLimits } from "@/lib/db-transaction-limits";
import { recordAudit, userActor } from "../audit/record-audit";
import type { CurrentUser } from "../auth/current-user";
import { recordBulkAction } from "../bulk/start-bulk-action";
import { db } from "../db";
import { AppError } from "../errors";

/**
 * Retires a profile: its borrowers fall back to the default profile, and a job (recorded in the same
 * transaction) evaluates them again against it.
 */
export async function retireProfile({ profileId, actor }: { profileId: string; actor: CurrentUser }) {
  return db.$transaction(async (tx) => {
    const profile = await tx.requirementProfile.findUnique({ where: { id: profileId } });
    if (!profile || profile.retiredAt)
      throw new AppError("not_found", "That profile does not exist or is already retired.");
    if (profile.isDefault) throw new AppError("conflict", "The default profile cannot be retired.");
    // Its items are fixed now, while the borrowers still name the profile.
    const reevaluation = await recordBulkAction(tx, {
      kind: "reevaluate",
      target: { profileBorrowers: { profileId, isDefault: false } },
      input: {},
      actor,
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
      details: { borrowers: reevaluation?.total ?? 0 },
    });
    // Their statuses follow from the job, borrower by borrower, with their evaluations (reevaluateBorrowerIn).
    return { reevaluation };
  }, bulkRecordingLimits);
}
