import "server-only";
import { recordAudit, userActor } from "../audit/record-audit";
import type { CurrentUser } from "../auth/current-user";
import { refreshComplianceStatus } from "../compliance/refresh-compliance-status";
import { db } from "../db";
import { AppError } from "../errors";
import { reevaluateBorrowers } from "./reevaluate-borrowers";

/** Puts a borrower under a profile (null: the default one), then evaluates their policies against it. */
export async function assignProfile({
  borrowerId,
  profileId,
  actor,
}: {
  borrowerId: string;
  profileId: string | null;
  actor: CurrentUser;
}) {
  if (profileId) {
    const profile = await db.requirementProfile.findUnique({
      where: { id: profileId },
      select: { retiredAt: true },
    });
    if (!profile || profile.retiredAt)
      throw new AppError("not_found", "That profile does not exist or is retired.");
  }
  await db.$transaction(async (tx) => {
    const before = await tx.borrower.findUnique({
      where: { id: borrowerId },
      select: { requirementProfileId: true },
    });
    if (!before) throw new AppError("not_found", "Borrower not found.");
    await tx.borrower.update({ where: { id: borrowerId }, data: { requirementProfileId: profileId } });
    await recordAudit(tx, {
      actor: userActor(actor),
      action: "borrower.profile-assigned",
      targetType: "Borrower",
      targetId: borrowerId,
      details: { from: before.requirementProfileId, to: profileId },
    });
    // The profile's expiry window applies at once; the evaluation below brings its rules.
    await refreshComplianceStatus(tx, [borrowerId]);
  });
  await reevaluateBorrowers([borrowerId]);
}
