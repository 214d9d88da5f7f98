import "server-only";
import type { Tx } from "../db";
import { AppError } from "../errors";

type Target = { id: string; name: string; role: string; disabledAt: Date | null };

/**
 * Refuses a change that would take away the last active admin (deactivating or demoting them), so that someone
 * can always manage the team. A transaction-scoped advisory lock makes these checks take turns: two admins
 * demoting each other at the same moment cannot both pass, the second one counts after the first committed.
 */
export async function keepAnActiveAdmin(tx: Tx, { target, actorId }: { target: Target; actorId: string }) {
  if (target.role !== "ADMIN" || target.disabledAt) return;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('coverwatch.active-admins'))`;
  const others = await tx.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS "count" FROM "User"
    WHERE "role" = 'ADMIN' AND "disabledAt" IS NULL AND "id" <> ${target.id}
      AND ("passwordHash" IS NOT NULL OR "lastSignInAt" IS NOT NULL)`;
  if ((others[0]?.count ?? 0) > 0) return;
  const who = target.id === actorId ? "You are" : `${target.name} is`;
  throw new AppError("conflict", `${who} the last active admin. Make another user an admin first.`);
}
