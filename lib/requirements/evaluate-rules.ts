// Runs a profile's rules over one policy. Pure: the same policy, rules and clock always give the same result.
import type { AxlePolicy } from "@/lib/axle/schemas";
import { policyActiveRule } from "./rules/policy-active";
import type { Rule, RuleOutcome, RuleResult } from "./types";

// biome-ignore lint/suspicious/noExplicitAny: each rule declares its own input type
const rulesByKey: Record<string, Rule<any>> = {
  [policyActiveRule.key]: policyActiveRule,
};

export function ruleTitle(ruleKey: string): string {
  return rulesByKey[ruleKey]?.title ?? ruleKey;
}

export type ConfiguredRule = { ruleKey: string; input: unknown };

export function evaluateRules(policy: AxlePolicy, rules: ConfiguredRule[], now: Date): RuleResult[] {
  return rules.map(({ ruleKey, input }) => {
    const rule = rulesByKey[ruleKey];
    if (!rule) {
      return {
        ruleKey,
        outcome: "unknown",
        message: `Rule "${ruleKey}" is not known to this version of Coverwatch.`,
        evidence: { required: ruleKey, found: "rule not available" },
      };
    }
    return rule.evaluate({ policy, now }, input ?? {});
  });
}

const severityOrder: RuleOutcome[] = ["fail", "caution", "unknown", "pass"];

/** The worst outcome wins: one failing rule makes the policy fail. */
export function overallOutcome(results: RuleResult[]): RuleOutcome {
  return severityOrder.find((outcome) => results.some((result) => result.outcome === outcome)) ?? "pass";
}

/** Outcomes that open (or keep open) a violation. */
export function isViolation(outcome: RuleOutcome): boolean {
  return outcome === "fail" || outcome === "caution";
}
