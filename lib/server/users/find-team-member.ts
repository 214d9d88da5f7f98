import "server-only";
import type { Tx } from "../db";
import { AppError } from "../errors";

/**
 * A user about to be changed, read (and row-locked) inside the change's transaction. Team changes take turns on
 * one advisory lock first: two admins changing each other at once would otherwise each hold the other's row
 * (one locked for update, the other needed by the audit row's actor key) and deadlock.
 */
export async function findTeamMemberForUpdate(tx: Tx, userId: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('coverwatch.active-admins'))`;
  const rows = await tx.$queryRaw<
    {
      id: string;
      name: string;
      email: string;
      role: string;
      disabledAt: Date | null;
      hasPassword: boolean;
      lastSignInAt: Date | null;
    }[]
  >`
    SELECT "id", "name", "email", "role"::text AS "role", "disabledAt", "lastSignInAt",
           "passwordHash" IS NOT NULL AS "hasPassword"
    FROM "User" WHERE "id" = ${userId} FOR UPDATE`;
  const user = rows[0];
  if (!user) throw new AppError("not_found", "That user does not exist.");
  return user;
}
