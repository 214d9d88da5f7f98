import "server-only";
import { parseAppEnv } from "@/lib/app-env";

// Parsed once, on first use (instrumentation.ts touches it at boot so a bad value stops the server at start).
let parsed: ReturnType<typeof parseAppEnv> | undefined;

export function getEnv() {
  parsed ??= parseAppEnv(process.env);
  return parsed;
}

/** The parsed environment. Read lazily so that `next build` can load modules without the runtime variables. */
export const env = new Proxy({} as ReturnType<typeof parseAppEnv>, {
  get: (_target, key) => getEnv()[key as keyof ReturnType<typeof parseAppEnv>],
});
