import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    tsconfigPaths: true,
    // `server-only` guards the Next bundle; in tests the server modules run directly on Node.
    alias: { "server-only": path.resolve(import.meta.dirname, "tests/support/empty-module.ts") },
  },
  test: {
    include: [
      "lib/**/*.test.ts",
      "ops/**/*.test.ts",
      "axle-twin/**/*.test.ts",
      "tests/integration/**/*.test.ts",
    ],
    globalSetup: ["tests/support/postgres-global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
