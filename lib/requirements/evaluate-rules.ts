// Runs a profile's rules over one policy. Pure: the same context, rules and clock always give the same result.
import { rulesByKey } from "./rule-catalog";
import type { RuleContext, RuleOutcome, RuleResult } from "./types";

export function ruleTitle(ruleKey: string): string {
  return rulesByKey.get(ruleKey)?.title ?? ruleKey;
}

export type ConfiguredRule = { ruleKey: string; input: unknown };

export function evaluateRules(context: RuleContext, rules: ConfiguredRule[]): RuleResult[] {
  return rules.map(({ ruleKey, input }) => {
    const rule = rulesByKey.get(ruleKey);
    if (!rule) {
      return {
        ruleKey,
        outcome: "unknown",
        message: `Rule "${ruleKey}" is not known to this version of Coverwatch.`,
        evidence: { required: ruleKey, found: "rule not available" },
      };
    }
    const parsed = rule.inputSchema.safeParse(input ?? {});
    if (!parsed.success) {
      return {
        ruleKey,
        outcome: "unknown",
        message: `The profile's settings for "${rule.title}" are not valid.`,
        evidence: { required: "valid settings", found: parsed.error.issues[0]?.message ?? "invalid" },
      };
    }
    return rule.evaluate(context, parsed.data);
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
