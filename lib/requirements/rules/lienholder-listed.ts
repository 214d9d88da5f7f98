// The lender is listed as lienholder (or lessor) on the collateral. Carriers print names every which way, so
// names are compared after normalisation; a near miss, or the right name as an unclassified interest, is a
// caution for a person to look at, not a pass.
import { z } from "zod";
import { compareOrgNames } from "../normalize/org-name";
import { result, vehiclesToCheck } from "../policy-facts";
import { defineRule } from "../types";

const key = "lienholder-listed";

export const lienholderListedRule = defineRule({
  key,
  title: "Lender listed as lienholder",
  description:
    "A lienholder or lessor whose name matches the lender's (normalised), on the collateral vehicle.",
  inputSchema: z.object({ lenderName: z.string().trim().max(200).default("") }),
  fields: [{ name: "lenderName", label: "Lender name (blank: the borrower's lender)", kind: "text" }],
  evaluate({ policy, borrower }, { lenderName }) {
    const lender = lenderName || borrower.lenderName || "";
    if (!lender)
      return result(key, "unknown", "No lender name is on file to look for.", {
        required: "a lender name",
        found: "none configured",
      });
    const required = `${lender} as lienholder`;
    const collateral = new Set(
      vehiclesToCheck(policy, borrower.vehicles).flatMap(({ property }) => (property ? [property.id] : [])),
    );
    const parties = policy.thirdParties.filter(
      (party) => party.property === undefined || collateral.has(party.property),
    );
    const found = parties.map((party) => `${party.name} (${party.type})`).join("; ") || "no third parties";

    const ranked = parties.map((party) => ({
      party,
      comparison: compareOrgNames(party.name, lender),
      isLienholder: party.type === "lienholder" || party.type === "lessor",
    }));
    if (ranked.some((entry) => entry.isLienholder && entry.comparison === "match")) {
      return result(key, "pass", `${lender} is listed as lienholder.`, { required, found });
    }
    const near = ranked.find((entry) => entry.isLienholder && entry.comparison === "near");
    if (near)
      return result(
        key,
        "caution",
        `The lienholder "${near.party.name}" looks like ${lender} but does not match exactly.`,
        { required, found },
      );
    const asInterest = ranked.find((entry) => !entry.isLienholder && entry.comparison !== "different");
    if (asInterest)
      return result(
        key,
        "caution",
        `${lender} appears as "${asInterest.party.name}" (${asInterest.party.type}), not as lienholder.`,
        { required, found },
      );
    return result(key, "fail", `${lender} is not listed as lienholder on the policy.`, { required, found });
  },
});
