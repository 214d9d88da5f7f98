import { withAuth } from "next-auth/middleware";

// A first gate for the dashboard's pages; every page and action still checks the role on the server.
// Machine routes (webhooks, health, auth), the borrower-facing /connect pages, /set-password (its link is the
// proof, for someone who cannot sign in yet) and the CSV exports stay out of it:
// an export answers 401 itself (a download cannot follow a redirect to the sign-in page).
export default withAuth({ pages: { signIn: "/signin" } });

export const config = {
  matcher: ["/((?!api/|_next/|connect/|signin|set-password|favicon.ico|.*\\.csv$).*)"],
};
