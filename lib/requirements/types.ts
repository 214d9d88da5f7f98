import type { z } from "zod";
import type { AxlePolicy } from "@/lib/axle/schemas";

export type RuleOutcome = "pass" | "fail" | "caution" | "unknown";

/** The values a rule compared, in words, plus any detail worth keeping. */
export type Evidence = {
  required: string;
  found: string;
  [detail: string]: string | number | boolean | null;
};

/** What a rule found, in words a compliance officer reads, with the values it compared. */
export type RuleResult = { ruleKey: string; outcome: RuleOutcome; message: string; evidence: Evidence };

export type CollateralVehicle = {
  vin: string;
  year?: number | null;
  make?: string | null;
  model?: string | null;
};

/** Everything a rule may look at: the current term, its renewal, the account, and what the lender knows. */
export type RuleContext = {
  policy: AxlePolicy;
  renewal: AxlePolicy | null;
  account: { connectionStatus: string } | null;
  borrower: { firstName: string; lastName: string; lenderName: string | null; vehicles: CollateralVehicle[] };
  now: Date;
};

/**
 * What a rule about the borrower as a whole may look at: every monitored policy together (a borrower may
 * carry several vehicles on several policies), the collateral, and when they were invited and connected.
 */
export type BorrowerRuleContext = {
  borrower: { vehicles: CollateralVehicle[] };
  policies: AxlePolicy[];
  /** The first email that asked the borrower to connect (an invitation, or an officer's request). */
  invitedAt: Date | null;
  /** The first completed connection, monitored or not. */
  connectedAt: Date | null;
  now: Date;
};

/** A field of a rule's input, for the profile editor. */
export type InputField = { name: string; label: string; kind: "money" | "days" | "text" };

type RuleDefinition<Context, Schema extends z.ZodType> = {
  key: string;
  title: string;
  description: string;
  /** Where it passes and where not, and what it does with data the carrier left out, in words for the editor. */
  boundaries: string;
  inputSchema: Schema;
  fields: InputField[];
  evaluate(context: Context, input: z.infer<Schema>): RuleResult;
};

/** A rule judged on each monitored policy, one evaluation and one violation per policy. */
export type Rule<Schema extends z.ZodType = z.ZodType> = RuleDefinition<RuleContext, Schema> & {
  scope: "policy";
};

/** A rule judged once per borrower, over all of their policies: its violation belongs to no single policy. */
export type BorrowerRule<Schema extends z.ZodType = z.ZodType> = RuleDefinition<
  BorrowerRuleContext,
  Schema
> & {
  scope: "borrower";
};

export type AnyRule = Rule | BorrowerRule;

export function defineRule<Schema extends z.ZodType>(
  rule: RuleDefinition<RuleContext, Schema>,
): Rule<Schema> {
  return { ...rule, scope: "policy" };
}

export function defineBorrowerRule<Schema extends z.ZodType>(
  rule: RuleDefinition<BorrowerRuleContext, Schema>,
): BorrowerRule<Schema> {
  return { ...rule, scope: "borrower" };
}
