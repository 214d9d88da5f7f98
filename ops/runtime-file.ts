// While `npm start` runs on the embedded database (whose port changes per start), it leaves the app's
// environment in .data/runtime.json (mode 0600, beside secrets.json) so that CLIs such as `npm run user:create`
// reach the same database. Removed when the stack stops.
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { appEnvSchema } from "../lib/app-env";
import { defaultDataDir } from "./paths";

const fileIn = (dataDir: string) => path.join(dataDir, "runtime.json");

export function writeRuntimeFile(dataDir: string, appEnv: NodeJS.ProcessEnv) {
  const keys = Object.keys(appEnvSchema.shape);
  const subset = Object.fromEntries(
    keys.filter((key) => appEnv[key] !== undefined).map((key) => [key, appEnv[key]]),
  );
  writeFileSync(fileIn(dataDir), `${JSON.stringify(subset, null, 2)}\n`, { mode: 0o600 });
}

export function removeRuntimeFile(dataDir: string) {
  rmSync(fileIn(dataDir), { force: true });
}

/** For CLIs: fills in the app's variables from a running local stack, unless DATABASE_URL is already set. */
export function loadRuntimeEnv(dataDir = process.env.DATA_DIR ?? defaultDataDir) {
  if (process.env.DATABASE_URL) return;
  const file = fileIn(dataDir);
  if (!existsSync(file)) {
    throw new Error(
      "no database: start Coverwatch first (npm start), or set DATABASE_URL and the app's other variables",
    );
  }
  const saved = JSON.parse(readFileSync(file, "utf8")) as Record<string, string>;
  for (const [key, value] of Object.entries(saved)) process.env[key] ??= value;
}
