import "server-only";
import type { Tx } from "../db";

/** The newest version of the borrower's profile, or of the default profile when they have none. */
export async function resolveProfileVersion(tx: Tx, requirementProfileId: string | null) {
  const profileWhere = requirementProfileId
    ? { id: requirementProfileId }
    : { isDefault: true, retiredAt: null };
  const version = await tx.requirementProfileVersion.findFirst({
    where: { profile: profileWhere },
    orderBy: { version: "desc" },
    include: { rules: { orderBy: { position: "asc" } } },
  });
  if (!version)
    throw new Error(
      "no requirement profile applies: the default profile is missing (run the start-up bootstrap)",
    );
  return version;
}
