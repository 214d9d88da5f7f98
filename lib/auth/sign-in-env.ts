// The sign-in methods' part of the environment: email and password, and single sign-on through one OpenID
// Connect identity provider. See docs/single-sign-on.md.
import { z } from "zod";
import { parseRoleMap, type RoleMapEntry, type RoleMappingRules } from "./oidc-role-mapping";
import { roles } from "./permissions";

// An empty value (`OIDC_ISSUER=` in a .env file) means unset.
const blankAsUnset = (value: unknown) => (value === "" ? undefined : value);

const flag = (fallback: "true" | "false") =>
  z
    .enum(["true", "false"], { error: 'must be "true" or "false"' })
    .default(fallback)
    .transform((value) => value === "true");

const roleMapSchema = z.string().transform((text, ctx): RoleMapEntry[] => {
  const parsed = parseRoleMap(text);
  if ("entries" in parsed) return parsed.entries;
  ctx.addIssue({ code: "custom", message: parsed.problem });
  return z.NEVER;
});

export const signInEnvShape = {
  /** "false" removes the email and password sign-in (single sign-on must then be configured). */
  AUTH_CREDENTIALS: flag("true"),
  OIDC_ISSUER: z.preprocess(blankAsUnset, z.url().optional()),
  OIDC_CLIENT_ID: z.preprocess(blankAsUnset, z.string().optional()),
  OIDC_CLIENT_SECRET: z.preprocess(blankAsUnset, z.string().optional()),
  /** The sign-in button's label: "Sign in with <OIDC_NAME>". */
  OIDC_NAME: z.preprocess(blankAsUnset, z.string().trim().min(1).max(40).default("Single sign-on")),
  OIDC_SCOPE: z.preprocess(blankAsUnset, z.string().default("openid email profile")),
  /** The ID token claim whose values grant roles (`groups`, `roles`); unset: roles are managed in Coverwatch. */
  OIDC_ROLE_CLAIM: z.preprocess(blankAsUnset, z.string().optional()),
  OIDC_ROLE_MAP: z.preprocess(blankAsUnset, roleMapSchema.optional()),
  OIDC_DEFAULT_ROLE: z.preprocess(blankAsUnset, z.enum(roles).optional()),
  /** "true" creates a user on their first single sign-on instead of refusing someone nobody invited. */
  OIDC_ALLOW_SIGNUP: flag("false"),
  /**
   * "true" links an existing account to an IdP identity by an email the IdP does not mark verified (Entra ID
   * sends no `email_verified`). Off by default: where people can edit their own email at the IdP, linking on an
   * unverified address would hand them someone else's account.
   */
  OIDC_TRUST_UNVERIFIED_EMAIL: flag("false"),
};

const signInEnvSchema = z.object(signInEnvShape);
export type SignInEnv = z.infer<typeof signInEnvSchema>;

const oidcTriple = ["OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET"] as const;

/** The rules that span several variables; each problem names the variable to fix. */
export function checkSignInEnv(env: SignInEnv, ctx: z.RefinementCtx) {
  const missing = oidcTriple.filter((name) => !env[name]);
  if (missing.length > 0 && missing.length < oidcTriple.length) {
    for (const name of missing) {
      ctx.addIssue({
        code: "custom",
        path: [name],
        message: `is missing: single sign-on needs all of ${oidcTriple.join(", ")}, or none of them`,
      });
    }
  }
  const hasOidc = missing.length === 0;
  if (!env.AUTH_CREDENTIALS && !hasOidc) {
    ctx.addIssue({
      code: "custom",
      path: ["AUTH_CREDENTIALS"],
      message: `is "false", but single sign-on is not configured (${oidcTriple.join(", ")}): nobody could sign in`,
    });
  }
  if (env.OIDC_ROLE_MAP?.length && !env.OIDC_ROLE_CLAIM) {
    ctx.addIssue({
      code: "custom",
      path: ["OIDC_ROLE_MAP"],
      message: "needs OIDC_ROLE_CLAIM, the name of the claim whose values it maps (groups, roles)",
    });
  }
}

export type OidcSettings = RoleMappingRules & {
  issuer: string;
  clientId: string;
  clientSecret: string;
  name: string;
  scope: string;
  allowSignup: boolean;
  trustUnverifiedEmail: boolean;
};

/** Single sign-on's settings, or null when it is not configured. */
export function oidcSettingsFrom(env: SignInEnv): OidcSettings | null {
  const { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: clientId, OIDC_CLIENT_SECRET: clientSecret } = env;
  if (!issuer || !clientId || !clientSecret) return null;
  return {
    // Discovery is at `${issuer}/.well-known/openid-configuration`; the ID token's `iss` has no trailing slash
    // for Okta, Entra ID and Google.
    issuer: issuer.replace(/\/+$/, ""),
    clientId,
    clientSecret,
    name: env.OIDC_NAME,
    scope: env.OIDC_SCOPE,
    roleClaim: env.OIDC_ROLE_CLAIM,
    roleMap: env.OIDC_ROLE_MAP ?? [],
    defaultRole: env.OIDC_DEFAULT_ROLE,
    allowSignup: env.OIDC_ALLOW_SIGNUP,
    trustUnverifiedEmail: env.OIDC_TRUST_UNVERIFIED_EMAIL,
  };
}
