// Which paths the proxy sends to /signin without a session: the dashboard's pages. Every page and action still
// checks the role on the server; this is only the first gate. Out of it: machine routes (webhooks, health,
// auth), Next's assets, the borrower-facing /connect pages, /signin itself, /set-password (its link is the
// proof, for someone who cannot sign in yet) and the CSV exports, which answer 401 themselves (a download
// cannot follow a redirect to the sign-in page).
const openPaths = /^\/(?:api\/|_next\/|connect\/|signin|set-password|favicon\.ico|.*\.csv$)/;

export function needsSignIn(pathname: string): boolean {
  return !openPaths.test(pathname);
}
