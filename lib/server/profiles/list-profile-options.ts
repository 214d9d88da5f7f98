import "server-only";
import { db } from "../db";

export type ProfileOption = { value: string; label: string; isRetired: boolean };

/**
 * Requirement profiles as filter choices, the default first: "default" stands for the borrowers without a
 * profile of their own (who are under the default one), and every label says what the profile is.
 */
export async function listProfileOptions(): Promise<ProfileOption[]> {
  const profiles = await db.requirementProfile.findMany({
    orderBy: [{ isDefault: "desc" }, { retiredAt: { sort: "asc", nulls: "first" } }, { name: "asc" }],
    select: { id: true, name: true, isDefault: true, retiredAt: true },
  });
  return profiles.map((profile) => ({
    value: profile.isDefault ? "default" : profile.id,
    label: `${profile.name}${profile.isDefault ? " (default)" : profile.retiredAt ? " (retired)" : ""}`,
    isRetired: profile.retiredAt !== null,
  }));
}
