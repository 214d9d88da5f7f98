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

/** A field of a rule's input, for the profile editor. */
export type InputField = { name: string; label: string; kind: "money" | "days" | "text" };

export type Rule<Schema extends z.ZodType = z.ZodType> = {
  key: string;
  title: string;
  description: string;
  /** Where it passes and where not, and what it does with data the carrier left out, in words for the editor. */
  boundaries: string;
  inputSchema: Schema;
  fields: InputField[];
  evaluate(context: RuleContext, input: z.infer<Schema>): RuleResult;
};

export function defineRule<Schema extends z.ZodType>(rule: Rule<Schema>): Rule<Schema> {
  return rule;
}
