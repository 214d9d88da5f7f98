// Every rule Coverwatch can evaluate, by key. Profiles refer to rules by these keys.
import { accountConnectedRule } from "./rules/account-connected";
import { collateralCoveredRule } from "./rules/collateral-covered";
import { connectedWithinRule } from "./rules/connected-within";
import { dataFreshRule } from "./rules/data-fresh";
import { effectiveNowRule } from "./rules/effective-now";
import {
  bodilyInjuryMinimumRule,
  propertyDamageMinimumRule,
  uninsuredMotoristMinimumRule,
} from "./rules/liability-minimums";
import { lienholderListedRule } from "./rules/lienholder-listed";
import { namedInsuredRule } from "./rules/named-insured";
import { notExpiringRule } from "./rules/not-expiring";
import { collisionDeductibleRule, comprehensiveDeductibleRule } from "./rules/physical-damage";
import { policyActiveRule } from "./rules/policy-active";
import { policyTypeRule } from "./rules/policy-type";
import { vinMatchRule } from "./rules/vin-match";
import type { AnyRule, BorrowerRule, Rule } from "./types";

/** Every rule, in the order the profile editor lists them. */
export const ruleCatalog: AnyRule[] = [
  policyActiveRule,
  policyTypeRule,
  notExpiringRule,
  effectiveNowRule,
  bodilyInjuryMinimumRule,
  propertyDamageMinimumRule,
  uninsuredMotoristMinimumRule,
  collisionDeductibleRule,
  comprehensiveDeductibleRule,
  lienholderListedRule,
  vinMatchRule,
  collateralCoveredRule,
  namedInsuredRule,
  dataFreshRule,
  accountConnectedRule,
  connectedWithinRule,
];

export const rulesByKey = new Map(ruleCatalog.map((rule) => [rule.key, rule]));

export const policyRulesByKey = new Map(
  ruleCatalog.flatMap((rule): [string, Rule][] => (rule.scope === "policy" ? [[rule.key, rule]] : [])),
);

export const borrowerRulesByKey = new Map(
  ruleCatalog.flatMap((rule): [string, BorrowerRule][] =>
    rule.scope === "borrower" ? [[rule.key, rule]] : [],
  ),
);
