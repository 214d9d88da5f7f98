// Benchmark: does a storm of bad sign-ins slow Axle's webhooks down? Password hashing is deliberately slow;
// done on the event loop, it would hold every other request of the web process behind it, and Axle would see
// its deliveries time out. In one run, on one web process:
//  1. the baseline: webhooks posted at a steady rate, nothing else;
//  2. the storm: the same webhooks while `--storm` clients post wrong passwords as fast as they are answered.
// Each storm attempt uses a new unknown email and a new forwarded address, so that throttling does not answer
// it early: every attempt costs a full password comparison, which is what is measured.
//   npm run bench:login-storm -- [--seconds 10] [--rate 20] [--storm 40]
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import { percentile, startBenchStack } from "./bench-stack";
import { steadyLoad } from "./steady-load";

const { values } = parseArgs({
  options: { seconds: { type: "string" }, rate: { type: "string" }, storm: { type: "string" } },
});
const seconds = Number(values.seconds ?? 10);
const rate = Number(values.rate ?? 20);
const stormClients = Number(values.storm ?? 40);

const stack = await startBenchStack("login-storm");
const env = stack.appEnv;
const webhookHeaders = {
  "content-type": "application/json",
  [env.AXLE_WEBHOOK_HEADER ?? "x-webhook-secret"]: env.AXLE_WEBHOOK_SECRET ?? "",
};

/** Posts one webhook every 1/rate s for the duration (an open loop, each timed from when it was due). */
function postWebhooksSteadily(durationSeconds = seconds) {
  return steadyLoad({
    rate,
    seconds: durationSeconds,
    send: () =>
      fetch(`${stack.appUrl}/api/webhooks/axle`, {
        method: "POST",
        headers: webhookHeaders,
        body: JSON.stringify({
          id: `evt_storm_${randomUUID()}`,
          type: "account.modified",
          createdAt: new Date().toISOString(),
          data: { ref: `acc_bench_${randomUUID()}` },
        }),
      }),
  });
}

/** One storm client: a CSRF token and its cookie, then wrong passwords until told to stop. */
async function stormClient(state: { isRunning: boolean; attempts: number; byStatus: Map<number, number> }) {
  const csrf = await fetch(`${stack.appUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
  while (state.isRunning) {
    const response = await fetch(`${stack.appUrl}/api/auth/callback/credentials`, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        cookie,
        "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 250)}, 203.0.113.${state.attempts % 250}`,
      },
      body: new URLSearchParams({
        email: `nobody-${randomUUID()}@example.com`,
        password: "not the password",
        csrfToken,
        json: "true",
      }),
      redirect: "manual",
    });
    await response.arrayBuffer();
    state.attempts++;
    state.byStatus.set(response.status, (state.byStatus.get(response.status) ?? 0) + 1);
  }
}

const spread = (sorted: number[]) =>
  `p50 ${Math.round(percentile(sorted, 50))} ms, p99 ${Math.round(percentile(sorted, 99))} ms, max ${Math.round(sorted.at(-1) ?? 0)} ms`;

try {
  // Warm up the webhook route and the sign-in path (their first requests load code and connect).
  const warmUp = { isRunning: true, attempts: 0, byStatus: new Map<number, number>() };
  const warmUpClient = stormClient(warmUp);
  await postWebhooksSteadily(2);
  warmUp.isRunning = false;
  await warmUpClient;
  const baseline = await postWebhooksSteadily();

  const state = { isRunning: true, attempts: 0, byStatus: new Map<number, number>() };
  const clients = Array.from({ length: stormClients }, () => stormClient(state));
  const stormStart = performance.now();
  const underStorm = await postWebhooksSteadily();
  state.isRunning = false;
  await Promise.all(clients);
  const stormSeconds = (performance.now() - stormStart) / 1000;

  console.log(
    `Login storm on one web process: ${rate} webhooks/s for ${seconds} s, alone and beside ${stormClients} clients posting wrong passwords`,
  );
  console.log(
    `  baseline     webhooks: ${spread(baseline.latencies)} (${baseline.sent - baseline.failed} answered 200, ${baseline.failed} not)`,
  );
  console.log(
    `  under storm  webhooks: ${spread(underStorm.latencies)} (${underStorm.sent - underStorm.failed} answered 200, ${underStorm.failed} not)`,
  );
  const statuses = [...state.byStatus.entries()].map(([status, count]) => `${count}× ${status}`).join(", ");
  console.log(
    `  the storm: ${state.attempts} sign-in attempts, ${(state.attempts / stormSeconds).toFixed(1)}/s (${statuses})`,
  );
  const p99 = percentile(underStorm.latencies, 99);
  console.log(
    `  webhook p99 under storm / baseline: ${(p99 / percentile(baseline.latencies, 99)).toFixed(1)}×; goal p99 < 1,000 ms: ${p99 < 1000 ? "met" : "NOT met"}`,
  );
} catch (error) {
  console.error(`Benchmark failed: ${(error as Error).stack ?? error}`);
  process.exitCode = 1;
} finally {
  await stack.stop();
}
