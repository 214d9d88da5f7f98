import "server-only";
import { getCarrierNames } from "../carriers/carrier-names";
import { db } from "../db";
import { listProfileOptions } from "../profiles/list-profile-options";

export type FilterOption = { value: string; label: string };

/**
 * The choices of the list's filter menus: the profiles in use, and the carriers and lenders actually present
 * in the portfolio (each an index-only scan, not a walk over the borrowers).
 */
export async function listFilterOptions(): Promise<{
  profiles: FilterOption[];
  carriers: FilterOption[];
  lenders: FilterOption[];
}> {
  const [profiles, carriers, lenders, carrierName] = await Promise.all([
    listProfileOptions(),
    db.$queryRaw<{ value: string }[]>`
      SELECT DISTINCT "primaryCarrier" AS value FROM "Borrower" WHERE "primaryCarrier" IS NOT NULL`,
    db.$queryRaw<{ value: string }[]>`
      SELECT DISTINCT "lenderName" AS value FROM "Borrower" WHERE "lenderName" IS NOT NULL ORDER BY 1 LIMIT 200`,
    getCarrierNames(),
  ]);
  return {
    profiles: profiles.filter((profile) => !profile.isRetired),
    carriers: carriers
      .map(({ value }) => ({ value, label: carrierName(value) }))
      .sort((a, b) => a.label.localeCompare(b.label)),
    lenders: lenders.map(({ value }) => ({ value, label: value })),
  };
}
