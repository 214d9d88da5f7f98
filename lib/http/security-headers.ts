// The security headers on every response (docs/security.md): next.config.ts sends the fixed ones, proxy.ts the
// per-request page policy and HSTS, and the Axle twin its own pages' policy. Plain TypeScript with no Next.js
// import, so that the twin can use it too.
import { createHash, randomBytes } from "node:crypto";

/** Headers whose value never depends on the request. */
export const fixedSecurityHeaders: Readonly<Record<string, string>> = {
  // Old browsers ignore CSP's frame-ancestors: refuse framing for them too.
  "x-frame-options": "DENY",
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  // Nothing here needs a device or a payment: no page, nor anything injected into one, may ask for them.
  "permissions-policy": [
    "accelerometer",
    "camera",
    "display-capture",
    "geolocation",
    "gyroscope",
    "hid",
    "magnetometer",
    "microphone",
    "midi",
    "payment",
    "serial",
    "usb",
  ]
    .map((feature) => `${feature}=()`)
    .join(", "),
};

/** Two years, subdomains included: sent only when the app is reached over https (see `isServedOverHttps`). */
export const strictTransportSecurity = "max-age=63072000; includeSubDomains";

export type CspDirectives = Readonly<Record<string, readonly string[]>>;

export function formatCsp(directives: CspDirectives): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(" "))
    .join("; ");
}

/** For what is not a page (JSON, CSV, scripts, images): it may load nothing, run nothing, and be framed by no one. */
export const resourceCsp = formatCsp({ "default-src": ["'none'"], "frame-ancestors": ["'none'"] });

/** The CSP source that allows exactly this inline <script> or <style> content. */
export function cspHash(content: string): string {
  return `'sha256-${createHash("sha256").update(content, "utf8").digest("base64")}'`;
}

export type PageCspOptions = {
  /** Fresh for every response: only scripts carrying it run (and whatever they load, by 'strict-dynamic'). */
  nonce: string;
  /** `next dev`: React rebuilds server error stacks with eval. Never in production. */
  isDev: boolean;
  isHttps: boolean;
};

/** The policy of the app's pages, following Next.js's nonce pattern. */
export function pageCsp({ nonce, isDev, isHttps }: PageCspOptions): string {
  return formatCsp({
    "default-src": ["'self'"],
    // 'self' only for browsers too old for 'strict-dynamic', which then ignore it.
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(isDev ? ["'unsafe-eval'"] : [])],
    // Inline styles run no code and, with images and fonts from here only, send nothing elsewhere; and three
    // things in the app need them (each seen blocked in Chromium without 'unsafe-inline'):
    // style attributes in server-rendered HTML (the overview's bars, bulk progress), sonner's <style>, which it
    // injects with no way to give it a nonce, and the <style> Radix's dialogs and menus add to lock scrolling.
    // No nonce here: next to one, browsers ignore 'unsafe-inline'.
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "blob:", "data:"],
    "font-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
    // On plain http (localhost) this would send the page's own requests to an https port nobody listens on.
    ...(isHttps ? { "upgrade-insecure-requests": [] } : {}),
  });
}

/**
 * Whether browsers reach us over https: the configured public URL says so, or the TLS-terminating proxy in
 * front does (`x-forwarded-proto`). A client forging the header only gets HSTS on plain http, which browsers
 * ignore there.
 */
export function isServedOverHttps({
  configuredUrls,
  forwardedProto,
}: {
  configuredUrls: readonly (string | undefined)[];
  forwardedProto: string | null | undefined;
}): boolean {
  const viaProxy = forwardedProto?.split(",")[0]?.trim().toLowerCase() === "https";
  return viaProxy || configuredUrls.some((url) => url?.trim().toLowerCase().startsWith("https://"));
}

/** 128 random bits, base64: unguessable, and a valid CSP nonce. */
export function createNonce(): string {
  return randomBytes(16).toString("base64");
}
