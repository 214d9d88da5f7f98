import "server-only";
import { forbidden, redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { can, type Permission } from "@/lib/auth/permissions";
import { authOptions } from "./auth-options";
import { findSessionUser, type SessionUser } from "./sessions";

/** A user acting in the app (an audit actor). The signed-in one also carries their session: `SessionUser`. */
export type CurrentUser = { id: string; email: string; name: string; role: string };

// The session callback that the browser sees leaves the session id out; this one, used only here on the server,
// hands back what the cookie's JWT holds. Built per request: `authOptions.providers` is a getter that reads the
// runtime environment (single sign-on), and spreading it at import time would freeze it.
const sessionClaimsOptions = () => ({
  ...authOptions,
  callbacks: {
    ...authOptions.callbacks,
    session: ({ token }: { token: { sub?: string; sid?: string } }) => ({
      userId: token.sub,
      sessionId: token.sid,
    }),
  },
});

/**
 * The signed-in user, re-read from the database with their session on every request: a sign-out, a revoked
 * session, a disabled user or a changed role takes effect at once, not when the session cookie expires.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const claims = await getServerSession(sessionClaimsOptions());
  return findSessionUser({ userId: claims?.userId, sessionId: claims?.sessionId });
});

/** For pages: sends a visitor to sign in, and answers 403 to a user without the permission. */
export async function requirePagePermission(permission: Permission): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/signin");
  if (!can(user.role, permission)) forbidden();
  return user;
}

export class PermissionDenied extends Error {
  override name = "PermissionDenied";
}

/** For server actions: throws instead of redirecting, so the action answers with an error. */
export async function requireActionPermission(permission: Permission): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user || !can(user.role, permission)) throw new PermissionDenied(`not allowed: ${permission}`);
  return user;
}
