import type { NextFetchEvent } from "next/server";
import { NextResponse } from "next/server";
import { type NextRequestWithAuth, withAuth } from "next-auth/middleware";

// A first gate for the dashboard's pages; every page and action still checks the role on the server.
// Machine routes (webhooks, health, auth), the borrower-facing /connect pages, /set-password (its link is the
// proof, for someone who cannot sign in yet) and the CSV exports stay out of it:
// an export answers 401 itself (a download cannot follow a redirect to the sign-in page).
const requireSignIn = withAuth({ pages: { signIn: "/signin" } });

export default function proxy(request: NextRequestWithAuth, event: NextFetchEvent) {
  // A path with a broken percent-escape (`/borrowers/%FF`) would make the page renderer throw: say so instead.
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new NextResponse("Bad request: this address is not valid.", { status: 400 });
  }
  return requireSignIn(request, event);
}

export const config = {
  matcher: ["/((?!api/|_next/|connect/|signin|set-password|favicon.ico|.*\\.csv$).*)"],
};
