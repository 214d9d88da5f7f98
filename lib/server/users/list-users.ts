import "server-only";
import type { Role } from "@/lib/auth/permissions";
import { type UserState, userState } from "@/lib/users/user-state";
import { db } from "../db";

export type TeamMember = {
  id: string;
  name: string;
  email: string;
  role: Role;
  state: UserState;
  lastSignInAt: Date | null;
  /** For an invitation: when its newest link stops working (null when none is open). */
  inviteExpiresAt: Date | null;
};

/** Everyone who can (or was invited to) sign in, by name. A team is small: one query, no pages. */
export async function listUsers(now = new Date()): Promise<TeamMember[]> {
  const users = await db.user.findMany({
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 1000,
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      passwordHash: true,
      disabledAt: true,
      lastSignInAt: true,
      passwordTokens: {
        where: { purpose: "INVITE", usedAt: null, expiresAt: { gt: now } },
        orderBy: { expiresAt: "desc" },
        take: 1,
        select: { expiresAt: true },
      },
    },
  });
  // The password hash is read only to know whether there is one; it never leaves this function.
  return users.map(({ passwordHash, passwordTokens, ...user }) => ({
    ...user,
    state: userState({ ...user, hasPassword: passwordHash !== null }),
    inviteExpiresAt: passwordTokens[0]?.expiresAt ?? null,
  }));
}
