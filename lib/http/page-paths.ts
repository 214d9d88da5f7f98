// Which responses are pages, and so get the nonce policy: everything but the route handlers under /api, Next's
// own assets, and files (CSV exports, icons). Those keep the strict policy for what is not a page; a 404 at one
// of those addresses is then shown unstyled, which is fine for an address no link points to.
const notPages = /^\/(?:api|_next)\/|\.[A-Za-z0-9]+$/;

export function isPagePath(pathname: string): boolean {
  return !notPages.test(pathname);
}
