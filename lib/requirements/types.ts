import type { AxlePolicy } from "@/lib/axle/schemas";

export type RuleOutcome = "pass" | "fail" | "caution" | "unknown";

/** What a rule found, in words a compliance officer reads, with the values it compared. */
export type RuleResult = {
  ruleKey: string;
  outcome: RuleOutcome;
  message: string;
  evidence: { required: string; found: string; [detail: string]: string | number | boolean | null };
};

export type RuleContext = { policy: AxlePolicy; now: Date };

export type Rule<Input = Record<string, never>> = {
  key: string;
  title: string;
  evaluate(context: RuleContext, input: Input): RuleResult;
};
