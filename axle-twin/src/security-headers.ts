// The app's security headers on every twin response (lib/http/security-headers.ts): the fixed ones, the strict
// policy for what is not a page (the API's JSON), HSTS when reached over https, and a policy of its own for the
// hosted pages and the control panel.
import type { IncomingMessage, ServerResponse } from "node:http";
import {
  cspHash,
  fixedSecurityHeaders,
  formatCsp,
  isServedOverHttps,
  resourceCsp,
  strictTransportSecurity,
} from "../../lib/http/security-headers";
import { pageStyles } from "./pages/layout";

/** The twin's pages run no script at all, and their one stylesheet is allowed by its hash. */
export const twinPageCsp = formatCsp({
  "default-src": ["'none'"],
  "style-src": [cspHash(pageStyles)],
  "base-uri": ["'none'"],
  "frame-ancestors": ["'none'"],
  // No form-action: Ignition's forms end in a 303 to the lender's redirectUri, on another origin, and browsers
  // hold the redirect after a form post to form-action too.
});

export function setSecurityHeaders(req: IncomingMessage, res: ServerResponse, publicUrl: string) {
  for (const [name, value] of Object.entries(fixedSecurityHeaders)) res.setHeader(name, value);
  res.setHeader("content-security-policy", resourceCsp);
  const forwardedProto = req.headers["x-forwarded-proto"];
  if (
    isServedOverHttps({
      configuredUrls: [publicUrl],
      forwardedProto: Array.isArray(forwardedProto) ? forwardedProto[0] : forwardedProto,
    })
  )
    res.setHeader("strict-transport-security", strictTransportSecurity);
}
