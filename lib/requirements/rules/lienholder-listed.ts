// The lender is listed as lienholder (or lessor) on the collateral.
//
// Boundaries and missing data:
// - Names are compared after normalisation (normalize/org-name.ts): the loss-payee clause (ISAOA, ATIMA, "its
//   successors and/or assigns…") is ignored, abbreviations are spelled out, "The" and legal forms are dropped.
// - pass: a lienholder or lessor on the collateral (or on every vehicle) matching the lender or one of the
//   profile's aliases (legal names, DBAs, servicer, payee names); the evidence names the alias that matched.
// - caution: the lender's name cut short by the carrier, a near miss, the lender as another kind of interest,
//   or the lender listed as lienholder on another vehicle of the policy (the evidence says which).
// - fail: no third party matches, or there is none.
// - unknown: no lender name on file, or the collateral vehicle is not on the policy (the VIN rule fails for
//   that: one cause, one failure).
import { z } from "zod";
import { compareOrgNames, type NameComparison } from "../normalize/org-name";
import { result, vehicleProperties, vehiclesToCheck } from "../policy-facts";
import { defineRule } from "../types";

const key = "lienholder-listed";

type Party = { name: string; type: string; property?: string };

/** Aliases as typed in the editor: separated by semicolons or new lines. */
export const parseAliases = (text: string) =>
  text
    .split(/[;\n]/)
    .map((alias) => alias.trim())
    .filter(Boolean);

const rank: Record<NameComparison, number> = { match: 0, truncated: 1, near: 2, different: 3 };

/** The best comparison of a party's name against the lender and each alias, with the name it was made with. */
function bestComparison(party: Party, names: string[]) {
  return names
    .map((name) => ({ name, comparison: compareOrgNames(party.name, name) }))
    .sort((a, b) => rank[a.comparison] - rank[b.comparison])[0] as {
    name: string;
    comparison: NameComparison;
  };
}

export const lienholderListedRule = defineRule({
  key,
  title: "Lender listed as lienholder",
  description:
    "A lienholder or lessor whose name matches the lender's, or one of its aliases, on the collateral vehicle.",
  boundaries:
    "Passes on the lender's name or an alias however the carrier abbreviates it, with or without ISAOA/ATIMA. A name cut short, a near miss, the lender as another kind of interest, or listed on another vehicle is a caution. No match is a fail. Unknown when no lender name is on file or the collateral vehicle is not on the policy.",
  inputSchema: z.object({
    lenderName: z.string().trim().max(200).default(""),
    aliases: z.string().trim().max(2000).default(""),
  }),
  fields: [
    { name: "lenderName", label: "Lender name (blank: the borrower's lender)", kind: "text" },
    {
      name: "aliases",
      label: "Also accept (legal names, DBAs, servicer, payee names; separated by ;)",
      kind: "text",
    },
  ],
  evaluate({ policy, borrower }, { lenderName, aliases }) {
    const lender = lenderName || borrower.lenderName || "";
    if (!lender)
      return result(key, "unknown", "No lender name is on file to look for.", {
        required: "a lender name",
        found: "none configured",
      });
    const names = [lender, ...parseAliases(aliases)];
    const required = `${lender}${names.length > 1 ? ` (or ${names.slice(1).join(", ")})` : ""} as lienholder`;
    const vehicles = vehiclesToCheck(policy, borrower.vehicles);
    const missing = vehicles.find((vehicle) => !vehicle.property);
    if (missing)
      return result(
        key,
        "unknown",
        `Not checked: the collateral vehicle ${missing.vin} is not on this policy (see the VIN rule).`,
        { required, found: "collateral vehicle not on this policy" },
      );
    const collateral = new Set(vehicles.flatMap(({ property }) => (property ? [property.id] : [])));
    const onCollateral = (party: Party) => party.property === undefined || collateral.has(party.property);
    const found =
      policy.thirdParties
        .filter(onCollateral)
        .map((party) => `${party.name} (${party.type})`)
        .join("; ") || "no third parties";
    const ranked = policy.thirdParties.map((party) => ({
      party,
      ...bestComparison(party, names),
      isLienholder: party.type === "lienholder" || party.type === "lessor",
      isOnCollateral: onCollateral(party),
    }));
    const evidenceOf = (entry: (typeof ranked)[number]) => ({
      required,
      found,
      nameFound: entry.party.name,
      matched: entry.name,
    });

    const listed = ranked.filter((entry) => entry.isLienholder && entry.isOnCollateral);
    const exact = listed.find((entry) => entry.comparison === "match");
    if (exact)
      return result(
        key,
        "pass",
        exact.name === lender
          ? `${lender} is listed as lienholder ("${exact.party.name}").`
          : `Listed as lienholder under its alias ${exact.name} ("${exact.party.name}").`,
        evidenceOf(exact),
      );
    // The closest listed lienholder that is not an exact match: a name cut short before a near miss.
    const close = listed
      .filter((entry) => entry.comparison === "truncated" || entry.comparison === "near")
      .sort((a, b) => rank[a.comparison] - rank[b.comparison])[0];
    if (close)
      return result(
        key,
        "caution",
        close.comparison === "truncated"
          ? `The lienholder "${close.party.name}" reads as ${close.name} cut short by the carrier.`
          : `The lienholder "${close.party.name}" looks like ${close.name} but does not match exactly.`,
        evidenceOf(close),
      );
    const asInterest = ranked.find(
      (entry) => !entry.isLienholder && entry.isOnCollateral && entry.comparison !== "different",
    );
    if (asInterest)
      return result(
        key,
        "caution",
        `${lender} appears as "${asInterest.party.name}" (${asInterest.party.type}), not as lienholder.`,
        evidenceOf(asInterest),
      );
    const elsewhere = ranked.find((entry) => entry.isLienholder && entry.comparison !== "different");
    if (elsewhere) {
      const vehicle = vehicleProperties(policy).find((property) => property.id === elsewhere.party.property);
      return result(
        key,
        "caution",
        `${lender} is listed as lienholder on the ${vehicle?.label || vehicle?.vin || "another vehicle"}, not on the collateral.`,
        { ...evidenceOf(elsewhere), listedOn: vehicle?.vin ?? "another vehicle" },
      );
    }
    return result(key, "fail", `${lender} is not listed as lienholder on the policy.`, { required, found });
  },
});
