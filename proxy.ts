import type { NextFetchEvent } from "next/server";
import { NextResponse } from "next/server";
import { type NextRequestWithAuth, withAuth } from "next-auth/middleware";
import { needsSignIn } from "@/lib/auth/sign-in-gate";
import { isPagePath } from "@/lib/http/page-paths";
import { requestIdFor, requestIdHeader } from "@/lib/http/request-id";
import {
  createNonce,
  isServedOverHttps,
  pageCsp,
  strictTransportSecurity,
} from "@/lib/http/security-headers";

// Runs on every request but Axle's webhooks and Next's static files (see `config`): it gives the request its id
// (`x-request-id`, which every log line written while serving it carries), adds what depends on the request to
// the fixed headers from next.config.ts (a fresh nonce policy for pages, HSTS over https), and is the first
// sign-in gate for the dashboard's pages (lib/auth/sign-in-gate.ts says which).
const requireSignIn = withAuth({ pages: { signIn: "/signin" } });

export default async function proxy(request: NextRequestWithAuth, event: NextFetchEvent) {
  const isHttps = isServedOverHttps({
    configuredUrls: [process.env.APP_URL, process.env.NEXTAUTH_URL],
    forwardedProto: request.headers.get("x-forwarded-proto"),
  });
  const withTransportSecurity = (response: Response) => {
    if (isHttps) response.headers.set("strict-transport-security", strictTransportSecurity);
    return response;
  };
  const { pathname } = request.nextUrl;
  // Pages and server actions read it from the request (lib/server/logging/next-request-id.ts); route handlers'
  // wrappers read it too and put it on their answers.
  const requestId = requestIdFor(request.headers);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(requestIdHeader, requestId);

  // A path with a broken percent-escape (`/borrowers/%FF`) would make the page renderer throw: say so instead.
  try {
    decodeURIComponent(pathname);
  } catch {
    return withTransportSecurity(
      new NextResponse("Bad request: this address is not valid.", { status: 400 }),
    );
  }
  if (needsSignIn(pathname)) {
    // Nothing when the session is good; otherwise the redirect to /signin.
    const refusal = await requireSignIn(request, event);
    if (refusal) return withTransportSecurity(refusal);
  }
  if (!isPagePath(pathname))
    return withTransportSecurity(NextResponse.next({ request: { headers: requestHeaders } }));

  // Next.js's documented pattern (its guide "Content Security Policy"): Next reads the nonce from the request's
  // policy and puts it on its own scripts; the root layout reads `x-nonce` for the theme script.
  const nonce = createNonce();
  const policy = pageCsp({ nonce, isDev: process.env.NODE_ENV === "development", isHttps });
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);
  // So a user's report of a failed page can be matched to its log lines.
  response.headers.set(requestIdHeader, requestId);
  return withTransportSecurity(response);
}

// Not for Axle's webhooks (a machine, never a browser: the fixed headers of next.config.ts are enough, and the
// ingest path stays free of the proxy's cost) nor Next's immutable static files.
export const config = {
  matcher: ["/((?!api/webhooks/|_next/static/).*)"],
};
