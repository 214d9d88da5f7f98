// A web process with a missing or bad variable stops at start and says which one.
import { spawn } from "node:child_process";
import path from "node:path";
import { findFreePort } from "../../ops/free-port";
import { repoRoot } from "../../ops/paths";
import { expect, test } from "./support/fixtures";

async function startWeb(env: Record<string, string | undefined>) {
  const port = await findFreePort();
  const child = spawn(
    process.execPath,
    [path.join(repoRoot, "node_modules/next/dist/bin/next"), "start", "--port", String(port)],
    {
      cwd: repoRoot,
      env: env as NodeJS.ProcessEnv,
    },
  );
  let output = "";
  child.stdout.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr.on("data", (chunk) => {
    output += chunk;
  });
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      resolve(null);
    }, 30_000);
    child.once("exit", (exitCode) => {
      clearTimeout(timer);
      resolve(exitCode);
    });
  });
  return { code, output };
}

test("the web process refuses to start without AXLE_CLIENT_SECRET, naming it", async () => {
  const env = JSON.parse(process.env.E2E_APP_ENV_JSON ?? "{}") as Record<string, string | undefined>;
  const { code, output } = await startWeb({ ...env, AXLE_CLIENT_SECRET: undefined });
  expect(code).toBe(1);
  expect(output).toContain("Coverwatch cannot start. Invalid environment:");
  expect(output).toContain("AXLE_CLIENT_SECRET: is missing");
});

test("the web process refuses a token key of the wrong size", async () => {
  const env = JSON.parse(process.env.E2E_APP_ENV_JSON ?? "{}") as Record<string, string | undefined>;
  const { code, output } = await startWeb({ ...env, TOKEN_ENCRYPTION_KEY: "dG9vIHNob3J0" });
  expect(code).toBe(1);
  expect(output).toContain("TOKEN_ENCRYPTION_KEY: must be 32 bytes, base64-encoded");
});
