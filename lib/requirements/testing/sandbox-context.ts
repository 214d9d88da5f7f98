// Rule contexts built from the Axle twin's own sandbox policies (the same bodies Coverwatch receives), parsed
// with Coverwatch's schema, for table-driven rule tests.

import { seededRandom } from "../../../axle-twin/src/random";
import { buildAutoPolicy, type PolicyTemplateKey } from "../../../axle-twin/src/seed/auto-policies";
import { type AxlePolicy, policySchema } from "../../axle/schemas";
import type { RuleContext } from "../types";

export const now = new Date("2026-11-28T12:00:00.000Z");

export function sandboxPolicy(key: PolicyTemplateKey, changes: Record<string, unknown> = {}): AxlePolicy {
  // Seeded ids: every call builds the same policy and vehicle ids, so changes can refer to them.
  const built = buildAutoPolicy({
    key,
    accountId: "acc_test",
    carrier: "state-farm",
    user: { id: "u", firstName: "Avery", lastName: "Quinn" },
    publicUrl: "http://twin.test",
    now,
    random: seededRandom(`rules:${key}`),
  });
  return policySchema.parse({ ...built, ...changes });
}

export function vinOf(policy: AxlePolicy): string {
  return String((policy.properties[0]?.data as { vin?: string } | undefined)?.vin ?? "");
}

export function context(policy: AxlePolicy, overrides: Partial<RuleContext> = {}): RuleContext {
  return {
    policy,
    renewal: null,
    account: { connectionStatus: "active" },
    borrower: {
      firstName: "Avery",
      lastName: "Quinn",
      lenderName: "Coverwatch Demo Lending LLC",
      vehicles: [{ vin: vinOf(policy) }],
    },
    now,
    ...overrides,
  };
}
