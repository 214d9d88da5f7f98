import "server-only";
import { randomBytes } from "node:crypto";
import type { Tx } from "../db";
import { db } from "../db";

// Server-side sessions. The JWT cookie carries a session id (`sid`); each request checks that row together with
// the user, in one query, so a sign-out, a password change or a deactivation ends sessions at once, even when a
// copy of the cookie is still valid by its signature and expiry.

/** Who a request's session says it is, and whether that still holds (see findSessionUser). */
export type SessionUser = { id: string; email: string; name: string; role: string; sessionId: string };

/**
 * Records a new session for a user who just proved who they are (password, single sign-on…) and returns its id,
 * to be put in the JWT as `sid`. Every sign-in path calls this from the `jwt` callback.
 */
export async function startUserSession(userId: string): Promise<string> {
  const id = randomBytes(24).toString("base64url");
  await db.userSession.create({ data: { id, userId }, select: { id: true } });
  return id;
}

/** Ends one session (sign-out). Unknown or already-ended ids are ignored. */
export async function endUserSession(sessionId: string | undefined, now = new Date()) {
  if (!sessionId) return;
  await db.userSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: now } });
}

/** Ends every session of a user, but `exceptSessionId` (the browser that changed its own password). */
export function revokeUserSessions(
  tx: Tx,
  { userId, exceptSessionId, now = new Date() }: { userId: string; exceptSessionId?: string; now?: Date },
) {
  return tx.userSession.updateMany({
    where: { userId, revokedAt: null, ...(exceptSessionId ? { id: { not: exceptSessionId } } : {}) },
    data: { revokedAt: now },
  });
}

/** How long a sign-in lasts, however active: next-auth re-issues its cookie, the session row is not extended. */
export const sessionMaxAgeSeconds = 8 * 60 * 60;

type SessionRow = { id: string; email: string; name: string; role: string };

/**
 * The user a session belongs to, or null when the session was revoked, belongs to someone else, or the user is
 * deactivated, or the sign-in is older than sessionMaxAgeSeconds. One round trip: the session and its user are joined in SQL.
 */
export async function findSessionUser({
  userId,
  sessionId,
}: {
  userId: string | undefined;
  sessionId: string | undefined;
}): Promise<SessionUser | null> {
  if (!userId || !sessionId) return null;
  const rows = await db.$queryRaw<SessionRow[]>`
    SELECT u."id", u."email", u."name", u."role"::text AS "role"
    FROM "UserSession" s JOIN "User" u ON u."id" = s."userId"
    WHERE s."id" = ${sessionId} AND s."userId" = ${userId} AND s."revokedAt" IS NULL AND u."disabledAt" IS NULL
      AND s."createdAt" > ${new Date(Date.now() - sessionMaxAgeSeconds * 1000)}`;
  const row = rows[0];
  return row ? { ...row, sessionId } : null;
}

/** Session rows no cookie can use any more (a JWT lives 8 hours): kept 30 days for investigation, then deleted. */
export async function pruneOldSessions(now = new Date()) {
  const cutoff = new Date(now.getTime() - 30 * 24 * 60 * 60 * 1000);
  const { count } = await db.userSession.deleteMany({ where: { createdAt: { lt: cutoff } } });
  return count;
}
