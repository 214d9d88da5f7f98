// Every rule Coverwatch can evaluate, by key. Profiles refer to rules by these keys.
import { accountConnectedRule } from "./rules/account-connected";
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
import type { Rule } from "./types";

export const ruleCatalog: Rule[] = [
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
  namedInsuredRule,
  dataFreshRule,
  accountConnectedRule,
];

export const rulesByKey = new Map(ruleCatalog.map((rule) => [rule.key, rule]));
