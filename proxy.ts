import { withAuth } from "next-auth/middleware";

// A first gate for the dashboard's pages; every page and action still checks the role on the server.
// Machine routes (webhooks, health, auth) and the borrower-facing /connect pages stay public.
export default withAuth({ pages: { signIn: "/signin" } });

export const config = {
  matcher: ["/((?!api/|_next/|connect/|signin|favicon.ico).*)"],
};
