// Minimum liability limits. Axle maps carrier values as follows (Axle's API reference): a split limit
// "$50,000 / $100,000" is limitPerPerson / limitPerAccident; a single number, and a combined single limit (CSL),
// is limitPerAccident alone, which then covers any one person up to the same amount.
//
// Boundaries and missing data:
// - A limit equal to the minimum passes; one dollar less fails. A minimum of $0 is not checked.
// - No such coverage: fail (uninsured motorist: underinsured only is a caution).
// - A limit reported null: unknown ("not reported"); limitPerPerson absent: a combined single limit.
import { z } from "zod";
import { type Coverage, coverageFor, money, result } from "../policy-facts";
import { defineRule, type RuleResult } from "../types";

const limitsInput = z.object({
  perPerson: z.number().int().min(0).default(0),
  perAccident: z.number().int().min(0).default(0),
});
type Limits = z.infer<typeof limitsInput>;

function describeLimits(coverage: Coverage): string {
  if (coverage.limitPerPerson === undefined && coverage.limitPerAccident !== undefined)
    return `${money(coverage.limitPerAccident)} combined single limit`;
  return `${money(coverage.limitPerPerson)} / ${money(coverage.limitPerAccident)}`;
}

function checkLimits(
  key: string,
  name: string,
  coverage: Coverage,
  { perPerson, perAccident }: Limits,
): RuleResult {
  const required = `${money(perPerson)} per person / ${money(perAccident)} per accident`;
  const found = describeLimits(coverage);
  const isCombined = coverage.limitPerPerson === undefined;
  const personLimit = isCombined ? coverage.limitPerAccident : coverage.limitPerPerson;
  const accidentLimit = coverage.limitPerAccident;
  if (
    personLimit === null ||
    accidentLimit === null ||
    (personLimit === undefined && accidentLimit === undefined)
  ) {
    return result(key, "unknown", `The carrier did not report the ${name} limits.`, {
      required,
      found,
      code: coverage.code,
    });
  }
  const shortPerson = perPerson > 0 && (personLimit ?? 0) < perPerson;
  const shortAccident = perAccident > 0 && (accidentLimit ?? 0) < perAccident;
  if (shortPerson || shortAccident) {
    return result(
      key,
      "fail",
      `${name[0]?.toUpperCase()}${name.slice(1)} limits of ${found} are below the required ${required}.`,
      { required, found, code: coverage.code },
    );
  }
  return result(
    key,
    "pass",
    `${name[0]?.toUpperCase()}${name.slice(1)} limits of ${found} meet ${required}.`,
    { required, found, code: coverage.code },
  );
}

export const bodilyInjuryMinimumRule = defineRule({
  key: "bodily-injury-minimum",
  title: "Bodily injury liability minimum",
  description: "BI liability limits at least the given amounts per person and per accident.",
  boundaries:
    "A limit equal to the minimum passes; a dollar less fails. A combined single limit counts for both per person and per accident. No such coverage fails; a limit the carrier did not report is unknown.",
  inputSchema: limitsInput,
  fields: [
    { name: "perPerson", label: "Per person", kind: "money" },
    { name: "perAccident", label: "Per accident", kind: "money" },
  ],
  evaluate({ policy }, input) {
    const coverage = coverageFor(policy, "BI");
    if (!coverage)
      return result("bodily-injury-minimum", "fail", "The policy has no bodily injury liability coverage.", {
        required: `${money(input.perPerson)} / ${money(input.perAccident)}`,
        found: "no BI coverage",
      });
    return checkLimits("bodily-injury-minimum", "bodily injury", coverage, input);
  },
});

export const propertyDamageMinimumRule = defineRule({
  key: "property-damage-minimum",
  title: "Property damage liability minimum",
  description: "PD liability limit at least the given amount per accident.",
  boundaries:
    "A limit equal to the minimum passes; a dollar less fails. No property damage coverage fails; a limit the carrier did not report is unknown.",
  inputSchema: z.object({ perAccident: z.number().int().min(0).default(0) }),
  fields: [{ name: "perAccident", label: "Per accident", kind: "money" }],
  evaluate({ policy }, { perAccident }) {
    const required = `${money(perAccident)} per accident`;
    const coverage = coverageFor(policy, "PD");
    if (!coverage)
      return result(
        "property-damage-minimum",
        "fail",
        "The policy has no property damage liability coverage.",
        { required, found: "no PD coverage" },
      );
    const limit = coverage.limitPerAccident;
    if (limit === null || limit === undefined)
      return result(
        "property-damage-minimum",
        "unknown",
        "The carrier did not report the property damage limit.",
        { required, found: money(limit) },
      );
    if (limit < perAccident)
      return result(
        "property-damage-minimum",
        "fail",
        `Property damage limit of ${money(limit)} is below the required ${required}.`,
        { required, found: money(limit) },
      );
    return result(
      "property-damage-minimum",
      "pass",
      `Property damage limit of ${money(limit)} meets ${required}.`,
      { required, found: money(limit) },
    );
  },
});

export const uninsuredMotoristMinimumRule = defineRule({
  key: "uninsured-motorist-minimum",
  title: "Uninsured/underinsured motorist minimum",
  description: "Uninsured motorist bodily injury (UMBI, or combined UUIMBI) at least the given limits.",
  boundaries:
    "A limit equal to the minimum passes; a dollar less fails. Underinsured motorist coverage alone is a caution; none at all fails; a limit the carrier did not report is unknown.",
  inputSchema: limitsInput,
  fields: [
    { name: "perPerson", label: "Per person", kind: "money" },
    { name: "perAccident", label: "Per accident", kind: "money" },
  ],
  evaluate({ policy }, input) {
    const key = "uninsured-motorist-minimum";
    const coverage = coverageFor(policy, ["UUIMBI", "UMBI"]);
    if (!coverage) {
      const underinsuredOnly = coverageFor(policy, "UIMBI");
      const required = `${money(input.perPerson)} / ${money(input.perAccident)} uninsured motorist`;
      return underinsuredOnly
        ? result(key, "caution", "The policy has underinsured but no uninsured motorist coverage.", {
            required,
            found: "UIMBI only",
          })
        : result(key, "fail", "The policy has no uninsured motorist coverage.", {
            required,
            found: "no UM coverage",
          });
    }
    return checkLimits(key, "uninsured motorist", coverage, input);
  },
});
