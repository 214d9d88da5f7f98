// The borrower import against a real PostgreSQL: checked against the database first, then all or nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startServerHarness } from "../support/server-harness";

const header =
  "first_name,last_name,email,phone,loan_reference,lender_name,profile,vin,vehicle_year,vehicle_make,vehicle_model";
let harness: Harness;

beforeAll(async () => {
  harness = await startServerHarness();
});
afterAll(() => harness.close());

describe("importing borrowers and collateral", () => {
  it("writes nothing when any row is wrong, including a loan reference that already exists", async () => {
    const { importBorrowers, previewBorrowerImport } = await import(
      "@/lib/server/borrowers/import-borrowers"
    );
    const existing = await harness.connectBorrower();
    const { loanReference } = await harness.db.borrower.findUniqueOrThrow({
      where: { id: existing.borrowerId },
    });
    const file = [
      header,
      "Ana,Lima,ana@example.com,,IMP-1,Acme Bank,,1HGCM82633A004352,2003,Honda,Accord",
      `Bo,Ng,bo@example.com,,${loanReference},,,,,,`,
      "Cy,Ho,cy@example.com,,IMP-3,,No Such Profile,,,,",
    ].join("\n");

    const preview = await previewBorrowerImport(file);
    expect(preview.errors).toEqual([
      { line: 3, message: `loan_reference ${loanReference} already exists` },
      { line: 4, message: 'no active profile named "No Such Profile"' },
    ]);
    await expect(importBorrowers({ text: file, actor: harness.admin })).rejects.toThrow(
      "The file has 2 problem(s); nothing was imported.",
    );
    expect(await harness.db.borrower.count({ where: { loanReference: { startsWith: "IMP-" } } })).toBe(0);
  });

  it("imports every borrower with their vehicles and profile in one go, with an audit row each", async () => {
    const { importBorrowers } = await import("@/lib/server/borrowers/import-borrowers");
    const { saveProfile } = await import("@/lib/server/profiles/save-profile");
    const lease = await saveProfile({
      input: {
        name: "Lease",
        rules: [{ ruleKey: "policy-active", severity: "HIGH", input: {} }],
        reminderDays: [7],
        autoOutreach: false,
      },
      actor: harness.admin,
    });
    const file = [
      header,
      "Ana,Lima,ana@example.com,+14045550100,OK-1,Acme Bank,lease,1HGCM82633A004352,2003,Honda,Accord",
      "Ana,Lima,ana@example.com,+14045550100,OK-1,Acme Bank,lease,WDDWF8DBXKR487215,2019,Mercedes-Benz,C 300",
      '"O\'Neil, Jr",Ng,bo@example.com,,OK-2,,,,,,',
    ].join("\r\n");
    expect(await importBorrowers({ text: file, actor: harness.admin })).toEqual({
      borrowers: 2,
      vehicles: 2,
      // Not asked to invite: no invitations are recorded.
      invitationsId: null,
    });

    const ana = await harness.db.borrower.findUniqueOrThrow({
      where: { loanReference: "OK-1" },
      include: { vehicles: { orderBy: { vin: "asc" } } },
    });
    expect(ana).toMatchObject({
      firstName: "Ana",
      lenderName: "Acme Bank",
      phone: "+14045550100",
      requirementProfileId: lease.profileId,
    });
    expect(ana.vehicles.map((vehicle) => [vehicle.vin, vehicle.year, vehicle.make])).toEqual([
      ["1HGCM82633A004352", 2003, "Honda"],
      ["WDDWF8DBXKR487215", 2019, "Mercedes-Benz"],
    ]);
    const bo = await harness.db.borrower.findUniqueOrThrow({ where: { loanReference: "OK-2" } });
    expect(bo.firstName).toBe("O'Neil, Jr");
    expect(
      await harness.db.auditLog.count({
        where: { action: "borrower.imported", targetId: { in: [ana.id, bo.id] } },
      }),
    ).toBe(2);
  });
});
