// Benchmark: the webhook pipeline on this machine, in one run.
//  1. Ingestion at the route (secret check, body cap, parse, events + jobs in group-committed transactions, 200),
//     compared with Next's own near-empty route on the same server (GET /api/health): the framework's ceiling
//     here. Then the time the burst's backlog takes to drain, and the latency of a steady stream at half the
//     rate reached.
//  2. End to end: from the 200 for a `policy.modified` to the violation being visible in the database, with
//     the twin serving the reads and the in-process workers doing the work; and, as its floor, the one twin
//     read such an event makes.
// The jobs run in a worker process of their own (JOBS_IN_PROCESS=false on the web process), as a scaled-out
// deployment runs them; --in-process measures the one-command start, where one process serves and works.
//   npm run bench:pipeline -- [--seconds 10] [--connections 20] [--samples 40] [--in-process]
import { randomUUID } from "node:crypto";
import os from "node:os";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import pg from "pg";
import { completeHostedIgnition } from "../axle-twin/src/testing/complete-hosted-ignition";
import { ignitionCallbackState } from "../lib/crypto/signature";
import { decryptWithKey } from "../lib/crypto/token-cipher";
import { percentile, startBenchStack } from "./bench-stack";
import { steadyLoad } from "./steady-load";

const { values } = parseArgs({
  options: {
    seconds: { type: "string" },
    connections: { type: "string" },
    samples: { type: "string" },
    "in-process": { type: "boolean" },
  },
});
const seconds = Number(values.seconds ?? 10);
const connections = Number(values.connections ?? 20);
const samples = Number(values.samples ?? 40);

// By default the jobs run in a worker process beside the web process, as a deployment at scale runs them;
// --in-process measures the one-command start instead, where the same process serves and works.
const isInProcess = values["in-process"] === true;
const stack = await startBenchStack("pipeline", () => {}, { separateWorker: !isInProcess });
const env = stack.appEnv;
const db = new pg.Client({ connectionString: stack.databaseUrl });
await db.connect();
db.on("error", () => {}); // the server goes away at the end, while this client may still be open
try {
  const twin = stack.twinUrl ?? "";
  const client = {
    "x-client-id": env.AXLE_CLIENT_ID ?? "",
    "x-client-secret": env.AXLE_CLIENT_SECRET ?? "",
    "content-type": "application/json",
  };
  const secretHeader = { [env.AXLE_WEBHOOK_HEADER ?? "x-webhook-secret"]: env.AXLE_WEBHOOK_SECRET ?? "" };
  const waitForEmptyQueue = async () => {
    const startedAt = performance.now();
    for (;;) {
      const pending = await db.query(
        `SELECT 1 FROM "WebhookEvent" WHERE status IN ('RECEIVED', 'PROCESSING') LIMIT 1`,
      );
      if (pending.rowCount === 0) return (performance.now() - startedAt) / 1000;
      if (performance.now() - startedAt > 300_000)
        throw new Error("the queue did not drain within 5 minutes");
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  // One connected borrower, linked the way production links them.
  const borrowerId = randomUUID();
  const sessionId = randomUUID();
  await db.query(
    `INSERT INTO "Borrower" (id, "firstName", "lastName", email, "loanReference", "updatedAt") VALUES ($1, 'Bench', 'Mark', 'b@example.com', 'BENCH-1', now())`,
    [borrowerId],
  );
  const started = (
    await (
      await fetch(`${twin}/ignition`, {
        method: "POST",
        headers: client,
        body: JSON.stringify({
          redirectUri: `${stack.appUrl}/connect/callback?session=${sessionId}&state=${ignitionCallbackState(env.NEXTAUTH_SECRET ?? "", sessionId)}`,
          webhookUri: `${stack.appUrl}/api/webhooks/axle`,
          user: { id: borrowerId },
        }),
      })
    ).json()
  ).data;
  await db.query(
    `INSERT INTO "IgnitionSession" (id, "borrowerId", token, uri, "updatedAt") VALUES ($1, $2, $3, $4, now())`,
    [sessionId, borrowerId, started.ignitionToken, started.ignitionUri],
  );
  await fetch(await completeHostedIgnition({ ignitionUri: started.ignitionUri }), { redirect: "manual" });
  const { rows } = await db.query<{ id: string; accountId: string }>(
    'SELECT id, "accountId" FROM "Policy" WHERE "borrowerId" = $1',
    [borrowerId],
  );
  const policy = rows[0];
  if (!policy) throw new Error("the bench borrower did not connect");

  // 1. Ingestion: unique events of a type Coverwatch stores and ignores, so the workers stay nearly idle.
  const noopEvent = () =>
    JSON.stringify({
      id: `evt_bench_${randomUUID()}`,
      type: "bench.noop",
      createdAt: new Date().toISOString(),
      data: { ref: "x" },
    });
  // No compressed answer asked for, as from autocannon (fetch asks for gzip unless told otherwise).
  const eventHeaders = { "content-type": "application/json", "accept-encoding": "identity", ...secretHeader };
  const ceiling = await autocannon({ url: `${stack.appUrl}/api/health`, connections, duration: seconds });
  const ingest = await autocannon({
    url: `${stack.appUrl}/api/webhooks/axle`,
    connections,
    duration: seconds,
    requests: [
      {
        method: "POST",
        setupRequest: (request) => ({ ...request, headers: eventHeaders, body: noopEvent() }),
      },
    ],
  });

  // The burst's backlog is still being worked through when the load ends: time it to empty.
  const drainSeconds = await waitForEmptyQueue();

  // The latency a steady stream at half the rate reached sees: Axle does not send at the ceiling all day.
  const halfRate = Math.max(1, Math.round(ingest.requests.average / 2));
  const steady = await steadyLoad({
    rate: halfRate,
    seconds,
    send: () =>
      fetch(`${stack.appUrl}/api/webhooks/axle`, {
        method: "POST",
        headers: eventHeaders,
        body: noopEvent(),
      }),
  });
  await waitForEmptyQueue();

  // 2. End to end: the carrier cancels or reinstates; we post the event and time 200 → violation changed.
  await fetch(`${twin}/_twin/faults`, {
    method: "PUT",
    headers: client,
    body: JSON.stringify({ deliveries: { dropRate: 1 } }),
  });
  const latencies: number[] = [];
  for (let i = 0; i < samples; i++) {
    const cancel = i % 2 === 0;
    await fetch(`${twin}/_twin/policies/${policy.id}/actions/${cancel ? "cancel" : "reinstate"}`, {
      method: "POST",
      headers: client,
      body: "{}",
    });
    const response = await fetch(`${stack.appUrl}/api/webhooks/axle`, {
      method: "POST",
      headers: { "content-type": "application/json", ...secretHeader },
      body: JSON.stringify({
        id: `evt_e2e_${randomUUID()}`,
        type: "policy.modified",
        createdAt: new Date().toISOString(),
        data: { ref: policy.id, account: policy.accountId, user: { id: borrowerId } },
      }),
    });
    const acknowledgedAt = performance.now();
    if (response.status !== 200) throw new Error(`webhook answered ${response.status}`);
    for (;;) {
      if (performance.now() - acknowledgedAt > 30_000) throw new Error("no change within 30 s of the 200");
      const open = await db.query(
        `SELECT 1 FROM "Violation" WHERE "policyId" = $1 AND "ruleKey" = 'policy-active' AND "liveKey" IS NOT NULL`,
        [policy.id],
      );
      if ((open.rowCount === 1) === cancel) break;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    latencies.push(performance.now() - acknowledgedAt);
  }
  latencies.sort((a, b) => a - b);

  // The floor under that figure: the one read from the twin each of those events makes, on its own.
  const { rows: tokens } = await db.query<{ sealed: string }>(
    `SELECT "accessTokenEncrypted" AS sealed FROM "AxleConnection" WHERE "borrowerId" = $1`,
    [borrowerId],
  );
  const accessToken = decryptWithKey(
    Buffer.from(env.TOKEN_ENCRYPTION_KEY ?? "", "base64"),
    tokens[0]?.sealed ?? "",
  );
  const reads: number[] = [];
  for (let i = 0; i < samples; i++) {
    const startedAt = performance.now();
    const response = await fetch(`${twin}/policies/${policy.id}`, {
      headers: { ...client, "x-access-token": accessToken },
    });
    if (response.status !== 200) throw new Error(`the twin answered ${response.status} to a policy read`);
    await response.arrayBuffer();
    reads.push(performance.now() - startedAt);
  }
  reads.sort((a, b) => a - b);

  console.log(
    `\nWebhook pipeline benchmark (${os.cpus().length} cores, ${connections} connections, ${seconds} s per load, jobs ${isInProcess ? "in the web process" : "in a worker process"})`,
  );
  console.log("  route                                          req/s    p50 ms   p99 ms   non-2xx");
  const row = (name: string, r: autocannon.Result) =>
    console.log(
      `  ${name.padEnd(45)} ${String(Math.round(r.requests.average)).padStart(6)} ${String(r.latency.p50).padStart(9)} ${String(r.latency.p99).padStart(8)} ${String(r.non2xx + r.errors).padStart(9)}`,
    );
  row("GET /api/health (Next's ceiling)", ceiling);
  row("POST /api/webhooks/axle, as fast as it goes", ingest);
  const steadyP99 = Math.round(percentile(steady.latencies, 99));
  console.log(
    `  ${`POST /api/webhooks/axle, steady ${halfRate}/s (half)`.padEnd(45)} ${String(halfRate).padStart(6)} ${String(Math.round(percentile(steady.latencies, 50))).padStart(9)} ${String(steadyP99).padStart(8)} ${String(steady.failed).padStart(9)}`,
  );
  const share = ingest.requests.average / ceiling.requests.average;
  const spread = (sorted: number[]) =>
    `p50 ${Math.round(percentile(sorted, 50))} ms, p95 ${Math.round(percentile(sorted, 95))} ms, max ${Math.round(sorted.at(-1) ?? 0)} ms`;
  console.log(
    `  the burst's ${ingest.requests.total} events were worked through ${drainSeconds.toFixed(1)} s after it ended`,
  );
  console.log(`  end to end, 200 → violation visible (${samples} samples): ${spread(latencies)}`);
  console.log(`  the twin's policy read alone, the floor under it:       ${spread(reads)}`);

  // The goals, each against its baseline from this same run.
  const goals = [
    [`ingestion ${Math.round(share * 100)} % of the ceiling (goal ≥ 60 %)`, share >= 0.6],
    [`p99 ${steadyP99} ms at half the ingest rate (goal < 50 ms)`, steadyP99 < 50 && steady.failed === 0],
    [
      `end to end p95 ${Math.round(percentile(latencies, 95))} ms (goal < 100 ms)`,
      percentile(latencies, 95) < 100,
    ],
    [`burst drained in ${drainSeconds.toFixed(1)} s (goal < 5 s)`, drainSeconds < 5],
  ] as const;
  console.log("\n  goals");
  for (const [text, isMet] of goals) console.log(`  ${isMet ? "✓" : "✗"} ${text}`);
} catch (error) {
  console.error(`Benchmark failed: ${(error as Error).stack ?? error}`);
  process.exitCode = 1;
} finally {
  await db.end().catch(() => {});
  await stack.stop();
}
