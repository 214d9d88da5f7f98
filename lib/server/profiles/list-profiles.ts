import "server-only";
import { cache } from "react";
import { db } from "../db";

const withLatestVersion = {
  versions: {
    orderBy: { version: "desc" as const },
    take: 1,
    include: { rules: { orderBy: { position: "asc" as const } } },
  },
  _count: { select: { borrowers: true } },
};

/** Profiles with their newest version's rules, the default first, retired ones last. */
export const listProfiles = cache(async () =>
  db.requirementProfile.findMany({
    orderBy: [{ retiredAt: { sort: "asc", nulls: "first" } }, { isDefault: "desc" }, { name: "asc" }],
    include: withLatestVersion,
  }),
);

// An id from a URL that is not one of ours is simply not found, without a query PostgreSQL could refuse (NUL).
const profileIdPattern = /^[A-Za-z0-9_-]{1,64}$/;

export const getProfile = cache(async (profileId: string) =>
  profileIdPattern.test(profileId)
    ? db.requirementProfile.findUnique({ where: { id: profileId }, include: withLatestVersion })
    : null,
);

export type ProfileWithRules = NonNullable<Awaited<ReturnType<typeof getProfile>>>;
