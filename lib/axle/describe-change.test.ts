import { describe, expect, it } from "vitest";
import { sandboxPolicy } from "../requirements/testing/sandbox-context";
import { describeChanges } from "./describe-change";
import { diffAccounts, diffPolicies } from "./diff";
import { accountSchema } from "./schemas";

const policy = sandboxPolicy("mercedes-c300");
const vehicle = policy.properties[0];
const vehicleData = vehicle?.data as { year: string; make: string; model: string; vin: string };
const vehicleWords = `${vehicleData.year} ${vehicleData.make} ${vehicleData.model}`;
const words = (after: typeof policy) => describeChanges(diffPolicies(policy, after), after);

describe("describeChanges: a policy's changes in words", () => {
  it("names the coverage by its label and the vehicle it applies to, with money formatted", () => {
    const after = {
      ...policy,
      coverages: policy.coverages.map((c) => (c.code === "COLL" ? { ...c, deductible: 1500 } : c)),
    };
    expect(words(after)).toEqual([`Collision deductible on ${vehicleWords}: $500 → $1,500`]);
  });

  it("keeps 'not reported' (null) and 'not provided' (absent) apart", () => {
    const withNull = {
      ...policy,
      coverages: policy.coverages.map((c) => (c.code === "COLL" ? { ...c, deductible: null } : c)),
    };
    expect(words(withNull)).toEqual([
      `Collision deductible on ${vehicleWords}: $500 → Not reported by the carrier`,
    ]);
    const withoutKey = {
      ...policy,
      coverages: policy.coverages.map((c) => {
        if (c.code !== "COLL") return c;
        const { deductible: _dropped, ...rest } = c;
        return rest;
      }),
    };
    expect(words(withoutKey)).toEqual([`Collision deductible on ${vehicleWords}: $500 → Not provided`]);
  });

  it("describes the carrier's status, dates and premium", () => {
    expect(words({ ...policy, isActive: false })).toEqual(["Carrier's status: active → inactive"]);
    expect(words({ ...policy, isActive: null })).toEqual([
      "Carrier's status: active → Not reported by the carrier",
    ]);
    expect(words({ ...policy, expirationDate: "2027-06-01T04:00:00.000Z" })[0]).toMatch(
      /^Expiration date: [A-Z][a-z]{2} \d{1,2}, \d{4} → Jun 1, 2027$/,
    );
    expect(words({ ...policy, premium: 1234 })[0]).toMatch(/^Premium: .* → \$1,234$/);
  });

  it("names lienholders, insureds and vehicles added or removed", () => {
    expect(words({ ...policy, thirdParties: [] })).toEqual([
      "Lienholder removed: Coverwatch Demo Lending LLC",
    ]);
    expect(
      words({ ...policy, insureds: [...policy.insureds, { firstName: "Ada", lastName: "Lovelace" }] }),
    ).toEqual(["Insured added: Ada Lovelace"]);
    const removedVehicle = words({
      ...policy,
      properties: [],
      coverages: policy.coverages.filter((c) => !c.property),
    });
    expect(removedVehicle).toContain(`Vehicle removed: ${vehicleWords} (VIN ${vehicleData.vin})`);
    // A coverage that went with the vehicle still names it, although the new body no longer lists it.
    expect(removedVehicle).toContain(`Collision removed on ${vehicleWords}`);
  });

  it("describes an account's connection status in words", () => {
    const account = accountSchema.parse({
      id: "acc_1",
      carrier: "state-farm",
      firstName: "Ada",
      lastName: "Lovelace",
      email: "ada@example.com",
      policies: ["pol_1"],
      connection: { status: "active", updatedAt: "2026-01-01T00:00:00.000Z" },
      createdAt: "2026-01-01T00:00:00.000Z",
      modifiedAt: "2026-01-01T00:00:00.000Z",
      refreshedAt: "2026-01-01T00:00:00.000Z",
    });
    const after = { ...account, connection: { ...account.connection, status: "credentials-expired" } };
    expect(describeChanges(diffAccounts(account, after), after)).toEqual([
      "Connection: Active → Credentials expired",
    ]);
  });
});
