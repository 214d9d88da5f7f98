import "server-only";
import type { NextAuthOptions, User } from "next-auth";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { type OidcSettings, oidcSettingsFrom } from "@/lib/auth/sign-in-env";
import { env } from "../env";
import { log } from "../log";
import { ssoRefusalUrl } from "./sso-refusal-link";
import { decideSsoSignIn, type SsoDecision } from "./sso-sign-in";

/** The provider's id: the IdP's redirect URI is `${NEXTAUTH_URL}/api/auth/callback/oidc`. */
export const oidcProviderId = "oidc";

/** A refused sign-in travels from `profile()` to the `signIn` callback as a user that carries where to go. */
type RefusedUser = User & { ssoRefusalUrl: string };

/** next-auth's generic OpenID Connect provider, configured from the environment. */
export function oidcProvider(settings: OidcSettings): OAuthConfig<Record<string, unknown>> {
  return {
    id: oidcProviderId,
    name: settings.name,
    type: "oauth",
    wellKnown: `${settings.issuer}/.well-known/openid-configuration`,
    issuer: settings.issuer,
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    authorization: { params: { scope: settings.scope } },
    idToken: true,
    checks: ["pkce", "state"],
    // The claims come from the verified ID token. What this returns is the `user` the jwt callback receives,
    // so an allowed sign-in returns exactly what the credentials provider returns: { id, email, name, role }.
    async profile(claims) {
      const decision = await decideOrFail(claims, settings);
      if (decision.isAllowed) return decision.user;
      // The domain says enough to tell a wrong tenant from a missing role; the address itself stays out of logs.
      log.info("single sign-on refused", {
        reason: decision.reason,
        emailDomain: emailDomain(decision.email),
      });
      const refused: RefusedUser = {
        // Not a user id: should it ever reach a session, getCurrentUser finds nobody.
        id: `refused:${String(claims.sub)}`,
        email: decision.email,
        name: "",
        role: "VIEWER",
        ssoRefusalUrl: ssoRefusalUrl(decision),
      };
      return refused;
    },
  };
}

// next-auth would swallow an exception thrown here and show the sign-in page without a word: say it instead.
async function decideOrFail(claims: Record<string, unknown>, settings: OidcSettings): Promise<SsoDecision> {
  try {
    return await decideSsoSignIn(claims, settings);
  } catch (error) {
    log.error("single sign-on failed", { err: error as Error });
    return { isAllowed: false, reason: "failed", email: null };
  }
}

function refusalUrlOf(user: User): string | null {
  return "ssoRefusalUrl" in user && typeof user.ssoRefusalUrl === "string" ? user.ssoRefusalUrl : null;
}

/**
 * Adds single sign-on to the auth options: the OIDC provider when OIDC_* is configured, the email and password
 * provider only when AUTH_CREDENTIALS allows it, and a `signIn` callback that sends a refused SSO user to the
 * page that says why. Providers are read on each request, since `next build` imports the options without the
 * runtime environment.
 */
export function withSingleSignOn(options: NextAuthOptions): NextAuthOptions {
  const declared = options.providers;
  const signIn = options.callbacks?.signIn;
  return {
    ...options,
    get providers() {
      const sso = oidcSettingsFrom(env);
      return [
        ...declared.filter((provider) => provider.type !== "credentials" || env.AUTH_CREDENTIALS),
        ...(sso ? [oidcProvider(sso)] : []),
      ];
    },
    callbacks: {
      ...options.callbacks,
      async signIn(params) {
        const refusalUrl = refusalUrlOf(params.user);
        if (refusalUrl) return refusalUrl;
        return signIn ? signIn(params) : true;
      },
    },
  };
}

function emailDomain(email: string | null): string | null {
  return email?.split("@").at(-1) ?? null;
}
