// Runs a profile's rules over one policy, or over one borrower. Pure: the same context, rules and clock always give the same result.
import type { ZodType } from "zod";
import { borrowerRulesByKey, policyRulesByKey, rulesByKey } from "./rule-catalog";
import type { BorrowerRuleContext, RuleContext, RuleOutcome, RuleResult } from "./types";

export function ruleTitle(ruleKey: string): string {
  return rulesByKey.get(ruleKey)?.title ?? ruleKey;
}

export type ConfiguredRule = { ruleKey: string; input: unknown };

/**
 * The profile's per-policy rules over one policy, in the profile's order. Rules about the borrower as a whole
 * are left to evaluateBorrowerRules; a key this version does not know is judged here, as unknown.
 */
export function evaluateRules(context: RuleContext, rules: ConfiguredRule[]): RuleResult[] {
  return rules
    .filter(({ ruleKey }) => !borrowerRulesByKey.has(ruleKey))
    .map((configured) => runRule(configured, policyRulesByKey.get(configured.ruleKey), context));
}

/** The profile's rules about the borrower as a whole, over all of their monitored policies. */
export function evaluateBorrowerRules(context: BorrowerRuleContext, rules: ConfiguredRule[]): RuleResult[] {
  return rules.flatMap((configured) => {
    const rule = borrowerRulesByKey.get(configured.ruleKey);
    return rule ? [runRule(configured, rule, context)] : [];
  });
}

function runRule<Context>(
  { ruleKey, input }: ConfiguredRule,
  rule:
    | { title: string; inputSchema: ZodType; evaluate(context: Context, input: unknown): RuleResult }
    | undefined,
  context: Context,
): RuleResult {
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
}

/** The severity a profile gives a rule (HIGH for a rule it does not list, as the schema defaults). */
export function severityOf<Severity extends string>(
  rules: { ruleKey: string; severity: Severity }[],
  ruleKey: string,
): Severity | "HIGH" {
  return rules.find((rule) => rule.ruleKey === ruleKey)?.severity ?? "HIGH";
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
