import "server-only";
import type PgBoss from "pg-boss";
import { mapWithConcurrency } from "@/lib/concurrency";
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
  // pg-boss waits its polling interval between fetches, so one job per fetch would cap a worker at two
  // events a second: each fetch takes a batch, worked WORKER_CONCURRENCY at a time. Jobs that should be
  // retried are failed one by one (pg-boss then retries them with backoff, and dead-letters them in the end);
  // the rest complete with the batch.
  const handleEvents = async (jobs: EventJob[]) => {
    const outcomes = await mapWithConcurrency(jobs, env.WORKER_CONCURRENCY, (job) =>
      processWebhookEvent(job.data.eventId, { isFinalAttempt: job.retryCount >= webhookRetry().retryLimit }),
    );
    const retry = jobs
      .filter((_, index) => outcomes[index] === "retry" || outcomes[index] instanceof Error)
      .map((job) => job.id);
    if (retry.length > 0) await boss.fail(queueNames.webhookEvents, retry);
  };
  await boss.work(
    queueNames.webhookEvents,
    { batchSize: env.WORKER_CONCURRENCY * 8, pollingIntervalSeconds: 0.5, includeMetadata: true },
    handleEvents,
  );
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
