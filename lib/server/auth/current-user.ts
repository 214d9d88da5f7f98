import "server-only";
import { forbidden, redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { can, type Permission } from "@/lib/auth/permissions";
import { db } from "../db";
import { authOptions } from "./auth-options";

export type CurrentUser = { id: string; email: string; name: string; role: string };

/**
 * The signed-in user, re-read from the database on every request: a disabled user or a changed role takes
 * effect at once, not when the session cookie expires.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (!id) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, role: true, disabledAt: true },
  });
  if (!user || user.disabledAt) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
});

/** For pages: sends a visitor to sign in, and answers 403 to a user without the permission. */
export async function requirePagePermission(permission: Permission): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/signin");
  if (!can(user.role, permission)) forbidden();
  return user;
}

export class PermissionDenied extends Error {
  override name = "PermissionDenied";
}

/** For server actions: throws instead of redirecting, so the action answers with an error. */
export async function requireActionPermission(permission: Permission): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user || !can(user.role, permission)) throw new PermissionDenied(`not allowed: ${permission}`);
  return user;
}
