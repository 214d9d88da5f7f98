import "server-only";
import type { AxlePolicy } from "@/lib/axle/schemas";
import type { RuleContext } from "@/lib/requirements/types";

// What a rule may look at, read from the database the same way wherever rules run: an evaluation that is
// recorded (evaluate-policy.ts) and a preview that is not (preview-profile.ts).

export const ruleContextSelect = {
  id: true,
  data: true,
  renewalData: true,
  borrowerId: true,
  connection: { select: { account: { select: { connectionStatus: true } } } },
  borrower: {
    select: {
      firstName: true,
      lastName: true,
      lenderName: true,
      requirementProfileId: true,
      vehicles: {
        select: { vin: true, year: true, make: true, model: true },
        orderBy: { createdAt: "asc" as const },
      },
    },
  },
} as const;

type PolicyForRules = {
  data: unknown;
  renewalData: unknown;
  connection: { account: { connectionStatus: string } | null };
  borrower: RuleContext["borrower"];
};

export function toRuleContext(policy: PolicyForRules, now: Date): RuleContext {
  return {
    policy: policy.data as AxlePolicy,
    renewal: (policy.renewalData as AxlePolicy | null) ?? null,
    account: policy.connection.account,
    borrower: policy.borrower,
    now,
  };
}
