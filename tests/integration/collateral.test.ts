// Collateral on the record, against a real PostgreSQL and the twin: adding the policy's VIN makes the VIN rule
// pass at once, a VIN with a wrong check digit needs a reason, and every change is audited and searchable.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sandboxVin } from "../../axle-twin/src/seed/auto-policies";
import { type Harness, startServerHarness } from "../support/server-harness";

let harness: Harness;

beforeAll(async () => {
  harness = await startServerHarness();
});
afterAll(async () => {
  await harness.close();
});

async function vinRule(policyId: string) {
  const evaluation = await harness.db.evaluation.findFirstOrThrow({
    where: { policyId },
    orderBy: { evaluatedAt: "desc" },
  });
  return (evaluation.results as { ruleKey: string; outcome: string }[]).find(
    (result) => result.ruleKey === "vin-match",
  )?.outcome;
}

describe("collateral", () => {
  it("adding the policy's VIN re-evaluates the borrower: the VIN rule passes, and the change is audited", async () => {
    const { saveCollateral } = await import("@/lib/server/borrowers/save-collateral");
    const { removeCollateral } = await import("@/lib/server/borrowers/remove-collateral");
    const connected = await harness.connectBorrower("mercedes-c300");
    expect(await vinRule(connected.policyId)).not.toBe("pass");

    const vin = sandboxVin("mercedes-c300");
    await saveCollateral({
      borrowerId: connected.borrowerId,
      input: { vin: vin.toLowerCase(), year: "2019", make: "Mercedes-Benz", model: "C 300" },
      actor: harness.admin,
    });
    expect(await vinRule(connected.policyId)).toBe("pass");
    const borrower = await harness.db.borrower.findUniqueOrThrow({
      where: { id: connected.borrowerId },
      include: { vehicles: true },
    });
    expect(borrower.vehicles).toMatchObject([{ vin, year: 2019, make: "Mercedes-Benz", model: "C 300" }]);
    expect(borrower.searchText).toContain(vin.toLowerCase());

    const vehicleId = borrower.vehicles[0]?.id as string;
    await removeCollateral({ borrowerId: connected.borrowerId, vehicleId, actor: harness.admin });
    expect(await vinRule(connected.policyId)).not.toBe("pass");
    const audit = await harness.db.auditLog.findMany({
      where: { targetId: connected.borrowerId, action: { startsWith: "collateral." } },
      orderBy: { id: "asc" },
      select: { action: true, actorLabel: true },
    });
    expect(audit).toEqual([
      { action: "collateral.added", actorLabel: harness.admin.email },
      { action: "collateral.removed", actorLabel: harness.admin.email },
    ]);
  });

  it("a VIN whose check digit does not match needs a reason, which the audit log keeps", async () => {
    const { saveCollateral } = await import("@/lib/server/borrowers/save-collateral");
    const connected = await harness.connectBorrower("mercedes-c300");
    const typo = "1HGCM82633A004353";
    await expect(
      saveCollateral({ borrowerId: connected.borrowerId, input: { vin: typo }, actor: harness.admin }),
    ).rejects.toThrow("check digit");
    expect(await harness.db.collateralVehicle.count({ where: { borrowerId: connected.borrowerId } })).toBe(0);

    await saveCollateral({
      borrowerId: connected.borrowerId,
      input: { vin: typo, overrideReason: "As printed on the 1998 title" },
      actor: harness.admin,
    });
    const audit = await harness.db.auditLog.findFirstOrThrow({
      where: { targetId: connected.borrowerId, action: "collateral.added" },
    });
    expect(audit.details).toMatchObject({ vin: typo, checkDigitOverride: "As printed on the 1998 title" });
    await expect(
      saveCollateral({
        borrowerId: connected.borrowerId,
        input: { vin: typo, overrideReason: "again" },
        actor: harness.admin,
      }),
    ).rejects.toThrow("already has that VIN");
  });

  it("refuses what is not a VIN, and a vehicle of another borrower", async () => {
    const { saveCollateral } = await import("@/lib/server/borrowers/save-collateral");
    const { removeCollateral } = await import("@/lib/server/borrowers/remove-collateral");
    const [one, other] = [await harness.connectBorrower(), await harness.connectBorrower()];
    await expect(
      saveCollateral({
        borrowerId: one.borrowerId,
        input: { vin: "NOT-A-VIN", overrideReason: "trust me" },
        actor: harness.admin,
      }),
    ).rejects.toThrow("17 letters and digits");
    await saveCollateral({
      borrowerId: other.borrowerId,
      input: { vin: sandboxVin("mercedes-c300") },
      actor: harness.admin,
    });
    const theirs = await harness.db.collateralVehicle.findFirstOrThrow({
      where: { borrowerId: other.borrowerId },
    });
    await expect(
      removeCollateral({ borrowerId: one.borrowerId, vehicleId: theirs.id, actor: harness.admin }),
    ).rejects.toThrow("not on this borrower's record");
    expect(await harness.db.collateralVehicle.count({ where: { id: theirs.id } })).toBe(1);
  });
});
