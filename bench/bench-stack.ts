// What every benchmark starts with: a whole stack (embedded PostgreSQL, the twin, the built web app) on free
// ports in a temporary directory, and a way to read percentiles off sorted samples.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startWorker } from "../ops/app-processes";
import { findFreePort } from "../ops/free-port";
import { repoRoot } from "../ops/paths";
import { runToCompletion } from "../ops/processes";
import { startStack } from "../ops/stack";

/** The p-th percentile of samples sorted ascending (NaN when there are none). */
export const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

/**
 * Starts the stack, or exits the process saying why. `stop` stops it and removes its directory. Set
 * BENCH_VERBOSE=1 to see the stack's own output. With `separateWorker`, the jobs run in a worker process of their
 * own beside the web process (JOBS_IN_PROCESS=false), as a scaled-out deployment runs them.
 */
export async function startBenchStack(
  name: string,
  log: (line: string) => void = () => {},
  { separateWorker = false } = {},
) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `coverwatch-bench-${name}-`));
  const saved = process.env.JOBS_IN_PROCESS;
  if (separateWorker) process.env.JOBS_IN_PROCESS = "false";
  const stack = await startStack({
    launcher: { PORT: await findFreePort(), AXLE_TWIN_PORT: await findFreePort(), DATABASE_URL: undefined },
    dataDir,
    databaseName: "bench",
    quiet: process.env.BENCH_VERBOSE !== "1",
    log,
  }).catch((error: Error) => {
    // startStack stopped what it had started; only the directory is left.
    rmSync(dataDir, { recursive: true, force: true });
    console.error(`Benchmark failed: the stack did not start: ${error.message}`);
    process.exit(1);
  });
  process.env.JOBS_IN_PROCESS = saved;
  const worker = separateWorker
    ? startWorker({ env: stack.appEnv, quiet: process.env.BENCH_VERBOSE !== "1" })
    : null;
  return {
    ...stack,
    async stop() {
      await worker?.stop();
      await stack.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Writes a fresh portfolio of `borrowers` into the stack's database with `npm run seed:scale`, its output shown. */
export function seedPortfolio(stack: { appEnv: NodeJS.ProcessEnv }, borrowers: number) {
  console.log(`Seeding ${borrowers} borrowers…`);
  return runToCompletion(
    process.execPath,
    [
      "--conditions=react-server",
      "--import",
      "tsx",
      "cli/seed-scale.ts",
      "--borrowers",
      String(borrowers),
      "--fresh",
    ],
    { env: stack.appEnv, cwd: repoRoot, inheritOutput: true },
  );
}
