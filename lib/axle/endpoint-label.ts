// An Axle request's path as a metrics label: the route's template (`/policies/:id`), never the ids, tokens or
// query it was called with. The words of Axle's routes that Coverwatch calls are listed; any other segment is an
// id, so a new call with an id in its path is labelled safely before anyone thinks of this list.
const routeWords = new Set([
  "ignition",
  "token",
  "exchange",
  "descope",
  "accounts",
  "policies",
  "carriers",
  "sandbox",
  "event",
]);

export function axleEndpointLabel(path: string): string {
  const pathname = path.split(/[?#]/, 1)[0] ?? "";
  const segments = pathname
    .split("/")
    .filter(Boolean)
    .map((segment) => (routeWords.has(segment) ? segment : ":id"));
  return `/${segments.join("/")}`;
}
