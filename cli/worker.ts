// `npm run worker`: a background worker process (webhook events, scheduled jobs) against the same database as
// the web processes. Run as many as you like; set JOBS_IN_PROCESS=false on the web processes then.
import { EnvError, parseAppEnv } from "@/lib/app-env";
import { loadRuntimeEnv } from "../ops/runtime-file";

try {
  loadRuntimeEnv();
  parseAppEnv(process.env);
} catch (error) {
  console.error(
    `The worker cannot start. ${error instanceof EnvError ? error.message : (error as Error).message}`,
  );
  process.exit(1);
}

const { startWorkers, stopWorkers } = await import("@/lib/server/jobs/workers");
const { startWorkerMetrics } = await import("@/lib/server/metrics/serve-worker-metrics");
// The metrics port first: if it cannot be opened, the worker stops before it has taken any job.
const metricsServer = await startWorkerMetrics();
await startWorkers();
console.log(
  `Worker ${process.pid} started${metricsServer ? `; metrics at :${metricsServer.port}/metrics` : ""}.`,
);

let isStopping = false;
const stop = async (signal: string) => {
  if (isStopping) return;
  isStopping = true;
  console.log(`Worker ${process.pid}: ${signal}, finishing the jobs in hand…`);
  await Promise.all([stopWorkers(), metricsServer?.close()]);
  process.exit(0);
};
process.on("SIGTERM", () => void stop("SIGTERM"));
process.on("SIGINT", () => void stop("SIGINT"));
