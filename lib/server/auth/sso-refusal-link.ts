import "server-only";
import { isSignedBy, sign } from "../crypto/signature";
import { env } from "../env";
import { type SsoRefusalReason, ssoRefusalReasons } from "./sso-sign-in";

export const ssoRefusalPage = "/signin/refused";

/**
 * Where a refused single sign-on lands. The email is signed: the page names an address only when this app put
 * it there, so a crafted link cannot say "ask your admin to invite attacker@example.com".
 */
export function ssoRefusalUrl(refusal: { reason: SsoRefusalReason; email: string | null }): string {
  const url = new URL(ssoRefusalPage, env.NEXTAUTH_URL);
  url.searchParams.set("reason", refusal.reason);
  if (refusal.email) {
    url.searchParams.set("email", refusal.email);
    url.searchParams.set("sig", sign("sso-refusal", refusal.reason, refusal.email));
  }
  return url.toString();
}

export type SsoRefusal = { reason: SsoRefusalReason | "other"; email: string | null };

/** Reads the page's query; an unknown reason reads as "other", an email without a valid signature as none. */
export function readSsoRefusal(query: { reason?: unknown; email?: unknown; sig?: unknown }): SsoRefusal {
  const reason = ssoRefusalReasons.find((known) => known === query.reason) ?? "other";
  const email = typeof query.email === "string" ? query.email : null;
  if (!email) return { reason, email: null };
  return { reason, email: isSignedBy(query.sig, "sso-refusal", reason, email) ? email : null };
}
