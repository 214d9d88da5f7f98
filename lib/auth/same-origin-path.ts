// Where to go after signing in, from `?callbackUrl=`: a path on this site, or the overview. Parsed the way a
// browser would read it, so `//evil.example`, `/\evil.example` and `/%09/evil.example` (all of which browsers
// treat as another host) can never send someone off-site with their fresh session.
export function sameOriginPath(callbackUrl: string | null | undefined, origin: string): string {
  if (!callbackUrl) return "/";
  try {
    const target = new URL(callbackUrl, origin);
    if (target.origin !== new URL(origin).origin) return "/";
    return `${target.pathname}${target.search}${target.hash}`;
  } catch {
    return "/";
  }
}
