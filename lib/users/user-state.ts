// Where a dashboard user stands, as the team page shows it.
export type UserState = "active" | "invited" | "deactivated";

/**
 * Deactivated wins; a user who has neither a password nor ever signed in is still an invitation; everyone else
 * is active (a single sign-on user may have no password but has signed in).
 */
export function userState(user: {
  hasPassword: boolean;
  disabledAt: Date | null;
  lastSignInAt: Date | null;
}): UserState {
  if (user.disabledAt) return "deactivated";
  if (!user.hasPassword && !user.lastSignInAt) return "invited";
  return "active";
}

export const userStateLabels: Record<UserState, string> = {
  active: "Active",
  invited: "Invited",
  deactivated: "Deactivated",
};
