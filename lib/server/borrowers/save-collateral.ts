import "server-only";
import { type CollateralInput, collateralInputSchema } from "@/lib/collateral/collateral-input";
import { hasValidCheckDigit } from "@/lib/requirements/normalize/vin";
import { recordAudit, userActor } from "../audit/record-audit";
import type { CurrentUser } from "../auth/current-user";
import { refreshComplianceStatus } from "../compliance/refresh-compliance-status";
import { db, type Tx } from "../db";
import { AppError } from "../errors";
import { reevaluateBorrowers } from "../profiles/reevaluate-borrowers";

type Change = { borrowerId: string; actor: CurrentUser };

/**
 * Adds a collateral vehicle to a borrower (`vehicleId` absent) or corrects one, with its audit row and the
 * borrower's stored status in one transaction; then the borrower's policies are evaluated again, since the VIN
 * and physical-damage rules read the collateral.
 */
export async function saveCollateral({
  borrowerId,
  vehicleId,
  input,
  actor,
}: Change & { vehicleId?: string; input: unknown }) {
  const vehicle = collateralInputSchema.parse(input);
  await db.$transaction(async (tx) => {
    await requireBorrower(tx, borrowerId);
    const clash = await tx.collateralVehicle.findUnique({
      where: { borrowerId_vin: { borrowerId, vin: vehicle.vin } },
      select: { id: true },
    });
    if (clash && clash.id !== vehicleId)
      throw new AppError("conflict", "This borrower already has that VIN.");
    const fields = {
      vin: vehicle.vin,
      year: vehicle.year ?? null,
      make: vehicle.make ?? null,
      model: vehicle.model ?? null,
    };
    const saved = vehicleId
      ? await tx.collateralVehicle
          .update({ where: { id: vehicleId, borrowerId }, data: fields })
          .catch(() => {
            throw new AppError("not_found", "That vehicle is not on this borrower's record.");
          })
      : await tx.collateralVehicle.create({ data: { borrowerId, ...fields } });
    await recordAudit(tx, {
      actor: userActor(actor),
      action: vehicleId ? "collateral.updated" : "collateral.added",
      targetType: "Borrower",
      targetId: borrowerId,
      details: auditDetails(saved.id, vehicle),
    });
    await refreshComplianceStatus(tx, [borrowerId]);
  });
  await reevaluateBorrowers([borrowerId]);
}

export async function requireBorrower(tx: Tx, borrowerId: string) {
  const borrower = await tx.borrower.findUnique({ where: { id: borrowerId }, select: { id: true } });
  if (!borrower) throw new AppError("not_found", "Borrower not found.");
}

function auditDetails(vehicleId: string, vehicle: CollateralInput) {
  return {
    vehicleId,
    vin: vehicle.vin,
    ...(hasValidCheckDigit(vehicle.vin) ? {} : { checkDigitOverride: vehicle.overrideReason ?? "" }),
  };
}
