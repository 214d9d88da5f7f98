// `npm test`: every check, in the order that fails fastest — lint and format, types, unit and integration tests
// (real PostgreSQL), then the end-to-end journeys in headless Chromium against the whole stack.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureChromium } from "./ensure-chromium";

type Counts = { passed: number; failed: number; skipped: number };
const total: Counts = { passed: 0, failed: 0, skipped: 0 };
const reports = mkdtempSync(path.join(os.tmpdir(), "coverwatch-test-reports-"));
const started = Date.now();

function run(title: string, command: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n━━ ${title} ━━`);
  const result = spawnSync(command, args, {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
  });
  return result.status === 0;
}

function add(counts: Counts) {
  total.passed += counts.passed;
  total.failed += counts.failed;
  total.skipped += counts.skipped;
}

function finish(ok: boolean): never {
  rmSync(reports, { recursive: true, force: true });
  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(`\n${ok ? "All checks passed" : "Some checks FAILED"} in ${seconds}s.`);
  console.log(
    `tests: ${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ""}`,
  );
  process.exit(ok ? 0 : 1);
}

const bin = (name: string) => path.join("node_modules", ".bin", name);

if (!run("lint and format (biome)", bin("biome"), ["check", "."])) finish(false);
if (!run("type check (tsc)", bin("tsc"), ["--noEmit"])) finish(false);

const vitestReport = path.join(reports, "vitest.json");
const unitOk = run("unit and integration tests (vitest, real PostgreSQL)", bin("vitest"), [
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${vitestReport}`,
]);
let unitFailed = 1;
try {
  const report = JSON.parse(readFileSync(vitestReport, "utf8"));
  unitFailed = report.numFailedTests + report.numFailedTestSuites;
  add({
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + report.numTodoTests,
  });
} catch {
  console.error("vitest wrote no report");
}

try {
  ensureChromium();
} catch (error) {
  console.error(`\n${(error as Error).message}`);
  finish(false);
}
const playwrightReport = path.join(reports, "playwright.json");
const e2eOk = run(
  "end-to-end journeys (Playwright, headless Chromium)",
  bin("playwright"),
  ["test", "--reporter=list,json"],
  {
    PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport,
  },
);
let e2eFailed = 1;
try {
  const { stats, errors } = JSON.parse(readFileSync(playwrightReport, "utf8"));
  e2eFailed = stats.unexpected + (errors?.length ?? 0);
  add({ passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped });
} catch {
  console.error("Playwright wrote no report");
}

// Exit codes alone are not trusted: the counts in the runners' own reports must show no failure too.
finish(unitOk && e2eOk && unitFailed === 0 && e2eFailed === 0);
