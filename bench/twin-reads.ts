// Benchmark: can the Axle twin, seeded with 100,000 accounts and policies, serve reads fast enough never to be
// the bottleneck when Coverwatch is measured? Compares, in the same run and on the same machine, GET
// /policies/{id} on the twin (random seeded policies, real tokens) with a bare Node HTTP server answering the
// same JSON (the ceiling for any Node server here).
//   npm run bench:twin -- [--accounts 100000] [--seconds 10] [--connections 32]
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { findFreePort } from "../ops/free-port";
import { repoRoot } from "../ops/paths";

const { values } = parseArgs({
  options: { accounts: { type: "string" }, seconds: { type: "string" }, connections: { type: "string" } },
});
const accounts = Number(values.accounts ?? 100_000);
const seconds = Number(values.seconds ?? 10);
const connections = Number(values.connections ?? 32);
const auth = { "x-client-id": "cli_bench", "x-client-secret": "sk_bench" };

async function startTwin(port: number): Promise<{ child: ChildProcess; startupMs: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, ["--import", "tsx", "axle-twin/src/main.ts"], {
    cwd: repoRoot,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      AXLE_TWIN_PORT: String(port),
      AXLE_TWIN_DATA_DIR: "memory",
      AXLE_TWIN_SEED_ACCOUNTS: String(accounts),
      AXLE_CLIENT_ID: auth["x-client-id"],
      AXLE_CLIENT_SECRET: auth["x-client-secret"],
      AXLE_WEBHOOK_SECRET: "whsec_bench_only_0001",
    },
  });
  for (;;) {
    if (child.exitCode !== null) throw new Error("the twin exited during start-up");
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health`)).ok)
        return { child, startupMs: performance.now() - started };
    } catch {
      // still seeding
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function rssMb(pid: number | undefined): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
  } catch {
    return Number.NaN;
  }
}

async function load(url: string, requests?: autocannon.Request[]) {
  const result = await autocannon({ url, connections, duration: seconds, requests });
  return {
    perSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

const twinPort = await findFreePort();
const { child: twin, startupMs } = await startTwin(twinPort);
try {
  const base = `http://127.0.0.1:${twinPort}`;
  // 1,000 random seeded (token, policy) pairs, read in turn.
  const pairs: { token: string; policyId: string }[] = [];
  for (let i = 0; i < 10; i++) {
    const offset = Math.floor(Math.random() * Math.max(1, accounts - 100));
    const page = (await (
      await fetch(`${base}/_twin/accounts?offset=${offset}&limit=100`, { headers: auth })
    ).json()) as {
      data: { accounts: { accessToken: string; account: { policies: string[] } }[] };
    };
    for (const entry of page.data.accounts)
      pairs.push({ token: entry.accessToken, policyId: entry.account.policies[0] ?? "" });
  }
  const sample = await (
    await fetch(`${base}/policies/${pairs[0]?.policyId}`, {
      headers: { ...auth, "x-access-token": pairs[0]?.token ?? "" },
    })
  ).text();

  // The ceiling runs in its own process too, like the twin, so both compete with the load generator alike.
  const baselinePort = await findFreePort();
  const baseline = spawn(
    process.execPath,
    [
      "-e",
      `require("node:http").createServer((q, s) => { s.writeHead(200, { "content-type": "application/json" }); s.end(process.env.BODY); }).listen(${baselinePort}, "127.0.0.1")`,
    ],
    { env: { ...process.env, BODY: sample }, stdio: "ignore" },
  );
  await new Promise((resolve) => setTimeout(resolve, 500));
  const baselineUrl = `http://127.0.0.1:${baselinePort}/policies/x`;

  let next = 0;
  const twinRequests: autocannon.Request[] = [
    {
      method: "GET",
      setupRequest: (request) => {
        const pair = pairs[next++ % pairs.length] as { token: string; policyId: string };
        return {
          ...request,
          path: `/policies/${pair.policyId}`,
          headers: { ...auth, "x-access-token": pair.token },
        };
      },
    },
  ];

  const ceiling = await load(baselineUrl);
  const twinResult = await load(base, twinRequests);
  baseline.kill("SIGTERM");

  console.log(
    `\nAxle twin read benchmark: ${accounts.toLocaleString("en-US")} seeded accounts/policies, ${connections} connections, ${seconds} s each`,
  );
  console.log(
    `  twin start-up (seeding included): ${(startupMs / 1000).toFixed(1)} s, resident memory ${rssMb(twin.pid)} MB`,
  );
  console.log(`  policy body: ${sample.length} bytes`);
  console.log("  server                          req/s     p50 ms   p99 ms   errors");
  const row = (name: string, r: Awaited<ReturnType<typeof load>>) =>
    console.log(
      `  ${name.padEnd(30)} ${String(r.perSecond).padStart(7)} ${String(r.p50).padStart(9)} ${String(r.p99).padStart(8)} ${String(r.errors).padStart(8)}`,
    );
  row("bare Node server (ceiling)", ceiling);
  row("twin GET /policies/{id}", twinResult);
  console.log(`  twin / ceiling: ${Math.round((twinResult.perSecond / ceiling.perSecond) * 100)} %`);
} finally {
  twin.kill("SIGTERM");
}
