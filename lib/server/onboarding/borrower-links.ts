import "server-only";
import { isSignedBy, sign } from "../crypto/signature";
import { env } from "../env";

// The borrower-facing addresses an email carries, each signed so that nobody can make one up for another
// borrower: the page before the Ignition hand-off, and the opt-out. Signatures have a purpose each, so one
// cannot stand in for the other.

const landingPurpose = "invite-landing";
const optOutPurpose = "email-opt-out";

/** The page that says why the lender asks and hands over to Ignition: the link an invitation carries. */
export function landingUrl(ignitionSessionId: string) {
  const url = new URL("/connect/start", env.APP_URL);
  url.searchParams.set("s", ignitionSessionId);
  url.searchParams.set("t", sign(landingPurpose, ignitionSessionId));
  return url.toString();
}

export const isLandingSignature = (signature: unknown, ignitionSessionId: string) =>
  isSignedBy(signature, landingPurpose, ignitionSessionId);

/** The opt-out page (one click on its button), linked from every borrower email. */
export function optOutUrl(borrowerId: string) {
  return signedOptOut("/connect/unsubscribe", borrowerId);
}

/** The same as a one-click POST target for mail clients (RFC 8058), sent as the List-Unsubscribe header. */
export function oneClickOptOutUrl(borrowerId: string) {
  return signedOptOut("/api/unsubscribe", borrowerId);
}

export const isOptOutSignature = (signature: unknown, borrowerId: string) =>
  isSignedBy(signature, optOutPurpose, borrowerId);

function signedOptOut(path: string, borrowerId: string) {
  const url = new URL(path, env.APP_URL);
  url.searchParams.set("b", borrowerId);
  url.searchParams.set("t", sign(optOutPurpose, borrowerId));
  return url.toString();
}
