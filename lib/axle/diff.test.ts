import { describe, expect, it } from "vitest";
import { sandboxPolicy } from "../requirements/testing/sandbox-context";
import { diffAccounts, diffPolicies } from "./diff";
import { accountSchema } from "./schemas";

const policy = sandboxPolicy("mercedes-c300");
const prp = policy.properties[0]?.id;

describe("diffPolicies", () => {
  it("is empty for the same body, or a first body", () => {
    expect(diffPolicies(policy, policy)).toEqual([]);
    expect(diffPolicies(null, policy)).toEqual([]);
    expect(diffPolicies(policy, { ...policy, coverages: [...policy.coverages].reverse() })).toEqual([]);
  });

  it.each([
    ["cancellation", { isActive: false }, [{ field: "isActive", from: true, to: false }]],
    ["active flag gone (null)", { isActive: null }, [{ field: "isActive", from: true, to: null }]],
    [
      "new expiration",
      { expirationDate: "2027-06-01T04:00:00.000Z" },
      [{ field: "expirationDate", from: policy.expirationDate, to: "2027-06-01T04:00:00.000Z" }],
    ],
    [
      "deductible raised",
      { coverages: policy.coverages.map((c) => (c.code === "COLL" ? { ...c, deductible: 1000 } : c)) },
      [{ field: `coverages[COLL@${prp}].deductible`, from: 500, to: 1000 }],
    ],
    [
      "lienholder removed",
      { thirdParties: [] },
      [
        {
          field: "thirdParties[lienholder:Coverwatch Demo Lending LLC]",
          from: policy.thirdParties[0],
          to: undefined,
        },
      ],
    ],
    [
      "vehicle swapped",
      {
        properties: [
          { ...policy.properties[0], data: { ...policy.properties[0]?.data, vin: "3VWC57BU0KM104938" } },
        ],
      },
      [
        {
          field: `properties[${prp}].vin`,
          from: (policy.properties[0]?.data as { vin: string } | undefined)?.vin,
          to: "3VWC57BU0KM104938",
        },
      ],
    ],
  ] as const)("%s", (_name, change, expected) => {
    expect(diffPolicies(policy, { ...policy, ...change } as typeof policy)).toEqual(expected);
  });
});

describe("diffAccounts", () => {
  const account = accountSchema.parse({
    id: "acc_1",
    carrier: "geico",
    firstName: "A",
    lastName: "B",
    email: "a@b.co",
    policies: ["pol_1"],
    connection: { status: "active", updatedAt: "2026-01-01T00:00:00.000Z" },
    createdAt: "2026-01-01T00:00:00.000Z",
    modifiedAt: "2026-01-01T00:00:00.000Z",
    refreshedAt: "2026-01-01T00:00:00.000Z",
  });
  it("names identity and connection changes", () => {
    expect(
      diffAccounts(account, {
        ...account,
        email: "new@b.co",
        connection: { ...account.connection, status: "credentials-expired" },
      }),
    ).toEqual([
      { field: "email", from: "a@b.co", to: "new@b.co" },
      { field: "connection.status", from: "active", to: "credentials-expired" },
    ]);
  });
});
