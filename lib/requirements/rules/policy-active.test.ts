import { describe, expect, it } from "vitest";
import type { AxlePolicy } from "@/lib/axle/schemas";
import { policyActiveRule } from "./policy-active";

const now = new Date("2026-11-28T12:00:00.000Z");

function policy(overrides: Partial<AxlePolicy> & Record<string, unknown>): AxlePolicy {
  return {
    id: "pol_1",
    account: "acc_1",
    type: "auto",
    carrier: "state-farm",
    policyNumber: "123",
    isActive: true,
    effectiveDate: "2026-06-01T04:00:00.000Z",
    expirationDate: "2027-06-01T04:00:00.000Z",
    address: null,
    properties: [],
    coverages: [],
    insureds: [],
    thirdParties: [],
    documents: [],
    createdAt: "2026-06-01T00:00:00.000Z",
    modifiedAt: "2026-06-01T00:00:00.000Z",
    refreshedAt: "2026-11-28T00:00:00.000Z",
    ...overrides,
  };
}

describe("policy-active rule", () => {
  it.each([
    ["active, expiring next year", {}, "pass", "active until 2027-06-01"],
    ["cancelled by the carrier", { isActive: false }, "fail", "inactive"],
    ["active flag null (policy may be removed)", { isActive: null }, "caution", "active flag is null"],
    ["no expiration date", { expirationDate: null }, "caution", "active, no expiration date"],
    ["expired yesterday", { expirationDate: "2026-11-27T04:00:00.000Z" }, "fail", "expired 2026-11-27"],
    ["expires this very instant", { expirationDate: now.toISOString() }, "fail", "expired 2026-11-28"],
  ] as const)("%s → %s", (_name, overrides, outcome, found) => {
    const result = policyActiveRule.evaluate({ policy: policy(overrides), now }, {});
    expect(result.outcome).toBe(outcome);
    expect(result.evidence.found).toBe(found);
    expect(result.message.length).toBeGreaterThan(10);
  });

  it("is unknown when the active flag is absent (manual completion)", () => {
    const manual = policy({});
    delete (manual as Record<string, unknown>).isActive;
    expect(policyActiveRule.evaluate({ policy: manual, now }, {}).outcome).toBe("unknown");
  });
});
