import "server-only";
import { resolveRole } from "@/lib/auth/oidc-role-mapping";
import type { Role } from "@/lib/auth/permissions";
import type { OidcSettings } from "@/lib/auth/sign-in-env";
import { recordAudit } from "../audit/record-audit";
import { db, type Tx } from "../db";
import { AppError } from "../errors";
import { log } from "../log";
import { keepAnActiveAdmin } from "../users/keep-an-admin";

/** The user a sign-in produces, whichever provider: the shape the credentials provider returns too. */
export type SignedInUser = { id: string; email: string; name: string; role: Role };

// "failed": no decision could be made (the database did not answer); the others are decisions.
export const ssoRefusalReasons = [
  "no-email",
  "unverified",
  "unknown",
  "disabled",
  "no-role",
  "conflict",
  "failed",
] as const;
export type SsoRefusalReason = (typeof ssoRefusalReasons)[number];

export type SsoDecision =
  | { isAllowed: true; user: SignedInUser; isNew: boolean }
  | { isAllowed: false; reason: SsoRefusalReason; email: string | null };

export type SsoRules = Pick<OidcSettings, "roleClaim" | "roleMap" | "defaultRole" | "allowSignup"> &
  Partial<Pick<OidcSettings, "trustUnverifiedEmail">>;

const viaSso = "single-sign-on";

/**
 * Decides who signs in from the identity provider's ID token claims, and records it: binds the IdP subject on
 * the first sign-in, applies the role the claims map to (with an audit row when it changes), sets lastSignInAt,
 * and creates an unknown user only when sign-up is allowed.
 */
export async function decideSsoSignIn(
  claims: Record<string, unknown>,
  rules: SsoRules,
): Promise<SsoDecision> {
  const subject = typeof claims.sub === "string" ? claims.sub : "";
  if (!subject) throw new Error("the ID token has no subject");
  const email = typeof claims.email === "string" ? claims.email.trim().toLowerCase() : "";
  if (!email) return { isAllowed: false, reason: "no-email", email: null };
  // Only an explicit "not verified" refuses: Entra ID sends no email_verified at all.
  if (claims.email_verified === false || claims.email_verified === "false") {
    return { isAllowed: false, reason: "unverified", email };
  }

  // The subject first: once bound, it is what identifies the person, whatever their email becomes.
  const user =
    (await db.user.findUnique({ where: { oidcSubject: subject } })) ??
    (await db.user.findUnique({ where: { email } }));
  // An address bound to another subject was reassigned at the IdP (a new hire got a leaver's mailbox).
  if (user?.oidcSubject && user.oidcSubject !== subject)
    return { isAllowed: false, reason: "conflict", email };

  const resolved = resolveRole(claims, rules);
  if (!user) {
    if (!rules.allowSignup) return { isAllowed: false, reason: "unknown", email };
    if (!resolved) return { isAllowed: false, reason: "no-role", email };
    const created = await createSsoUser({
      subject,
      email,
      name: displayName(claims, email),
      role: resolved.role,
    });
    return { isAllowed: true, user: created, isNew: true };
  }
  if (user.disabledAt) return { isAllowed: false, reason: "disabled", email: user.email };
  // Binding an existing account by its email takes an address the IdP vouches for, unless the operator trusts
  // the IdP's emails (see OIDC_TRUST_UNVERIFIED_EMAIL).
  const isVerified = claims.email_verified === true || claims.email_verified === "true";
  if (!user.oidcSubject && !isVerified && !rules.trustUnverifiedEmail)
    return { isAllowed: false, reason: "unverified", email };

  // With a role claim configured the IdP owns roles: its answer (or the default) applies on every sign-in, and
  // someone who left every mapped group is refused. Without one, roles are managed in Coverwatch.
  if (rules.roleClaim && !resolved) return { isAllowed: false, reason: "no-role", email: user.email };
  const claimedRole = rules.roleClaim && resolved ? resolved.role : user.role;

  const updated = await db.$transaction(async (tx) => {
    // The IdP may not demote the last active admin either: they keep the role, and the log says why.
    const role = (await isLastActiveAdminDemoted(tx, user, claimedRole)) ? user.role : claimedRole;
    if (role !== claimedRole)
      log.warn("single sign-on kept the last active admin's role", { userId: user.id, claimedRole });
    const row = await tx.user.update({
      where: { id: user.id },
      data: { role, lastSignInAt: new Date(), oidcSubject: subject },
    });
    if (!user.oidcSubject) {
      await recordAudit(tx, {
        actor: "system",
        action: "user.sso-linked",
        targetType: "User",
        targetId: user.id,
        details: { email: user.email, subject },
      });
    }
    if (role !== user.role) {
      await recordAudit(tx, {
        actor: "system",
        action: "user.role-changed",
        targetType: "User",
        targetId: user.id,
        details: { email: user.email, from: user.role, to: role, via: viaSso },
      });
    }
    return row;
  });
  return { isAllowed: true, user: toSignedInUser(updated), isNew: false };
}

async function isLastActiveAdminDemoted(
  tx: Tx,
  user: { id: string; name: string; role: Role; disabledAt: Date | null },
  role: Role,
): Promise<boolean> {
  if (role === "ADMIN") return false;
  try {
    await keepAnActiveAdmin(tx, { target: user, actorId: user.id });
    return false;
  } catch (error) {
    if (error instanceof AppError && error.code === "conflict") return true;
    throw error;
  }
}

async function createSsoUser(input: { subject: string; email: string; name: string; role: Role }) {
  return db.$transaction(async (tx) => {
    const created = await tx.user.create({
      data: {
        email: input.email,
        name: input.name,
        role: input.role,
        oidcSubject: input.subject,
        lastSignInAt: new Date(),
      },
    });
    await recordAudit(tx, {
      actor: "system",
      action: "user.created",
      targetType: "User",
      targetId: created.id,
      details: { email: input.email, role: input.role, via: viaSso },
    });
    return toSignedInUser(created);
  });
}

function displayName(claims: Record<string, unknown>, email: string): string {
  const text = (value: unknown) => (typeof value === "string" ? value.trim() : "");
  const name =
    text(claims.name) || [text(claims.given_name), text(claims.family_name)].filter(Boolean).join(" ");
  return (name || email).slice(0, 200);
}

function toSignedInUser(user: { id: string; email: string; name: string; role: Role }): SignedInUser {
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
