import "server-only";
import type PgBoss from "pg-boss";
import { env } from "../env";
import { log } from "../log";
import { processWebhookEvent } from "../webhooks/process-webhook-event";
import { runDailyMaintenance } from "./daily-maintenance";
import { getQueue, queueNames, stopQueue, webhookRetry } from "./queue";
import { runReconcile } from "./reconcile";

type EventJob = PgBoss.JobWithMetadata<{ eventId: string }>;

/**
 * Runs the handlers in this process: webhook events (several at a time), and the scheduled jobs. Any number
 * of processes may do this against one database; pg-boss hands each job to one of them.
 */
export async function startWorkers() {
  const boss = await getQueue();
  const handleEvent = async ([job]: EventJob[]) => {
    if (!job) return;
    const outcome = await processWebhookEvent(job.data.eventId, {
      isFinalAttempt: job.retryCount >= webhookRetry().retryLimit,
    });
    // Throwing hands the job back to pg-boss, which retries it later with backoff (then dead-letters it).
    if (outcome === "retry")
      throw new Error(`event ${job.data.eventId} failed; pg-boss retries it with backoff`);
  };
  for (let i = 0; i < env.WORKER_CONCURRENCY; i++) {
    await boss.work(
      queueNames.webhookEvents,
      { batchSize: 1, pollingIntervalSeconds: 0.5, includeMetadata: true },
      handleEvent,
    );
  }
  await boss.schedule(queueNames.dailyMaintenance, env.MAINTENANCE_CRON, {}, { tz: "UTC" });
  await boss.work(queueNames.dailyMaintenance, async () => {
    await runDailyMaintenance();
  });
  await boss.schedule(queueNames.reconcile, env.RECONCILE_CRON, {}, { tz: "UTC" });
  await boss.work(queueNames.reconcile, async () => {
    await runReconcile({ concurrency: env.RECONCILE_CONCURRENCY });
  });
  log.info("workers started", { concurrency: env.WORKER_CONCURRENCY, maintenance: env.MAINTENANCE_CRON });
  return boss;
}

/** Finishes the jobs in hand (up to 20 s), then lets go of the rest for another worker. */
export function stopWorkers() {
  return stopQueue();
}
