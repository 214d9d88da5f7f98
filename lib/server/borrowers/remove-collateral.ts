import "server-only";
import { recordAudit, userActor } from "../audit/record-audit";
import type { CurrentUser } from "../auth/current-user";
import { refreshComplianceStatus } from "../compliance/refresh-compliance-status";
import { db } from "../db";
import { AppError } from "../errors";
import { reevaluateBorrowers } from "../profiles/reevaluate-borrowers";
import { requireBorrower } from "./save-collateral";

/** Takes a vehicle off the borrower's collateral (the loan's security changed), audited, then re-evaluates. */
export async function removeCollateral({
  borrowerId,
  vehicleId,
  actor,
}: {
  borrowerId: string;
  vehicleId: string;
  actor: CurrentUser;
}) {
  await db.$transaction(async (tx) => {
    await requireBorrower(tx, borrowerId);
    const removed = await tx.collateralVehicle.deleteMany({ where: { id: vehicleId, borrowerId } });
    if (removed.count === 0)
      throw new AppError("not_found", "That vehicle is not on this borrower's record.");
    await recordAudit(tx, {
      actor: userActor(actor),
      action: "collateral.removed",
      targetType: "Borrower",
      targetId: borrowerId,
      details: { vehicleId },
    });
    await refreshComplianceStatus(tx, [borrowerId]);
  });
  await reevaluateBorrowers([borrowerId]);
}
