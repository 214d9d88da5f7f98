import "server-only";
import type PgBoss from "pg-boss";
import { mapWithConcurrency } from "@/lib/concurrency";
import { webhookBatchPlan } from "@/lib/webhooks/time-budget";
import { runDailyDigest } from "../alerts/daily-digest";
import { runViolationOpenedJob, type ViolationOpenedJobData } from "../alerts/violation-opened";
import { runBulkAction } from "../bulk/run-bulk-action";
import { runSendEmailJob, type SendEmailJobData } from "../email/send-email-job";
import { env } from "../env";
import { runWebhookDeliveryJob, type WebhookDeliveryJobData } from "../integrations/webhook-delivery-job";
import { log } from "../log";
import { refreshPortfolioMetrics } from "../metrics/refresh-portfolio-metrics";
import { runSlackDeliveryJob, type SlackDeliveryJobData } from "../slack/slack-delivery-job";
import { processWebhookEvent } from "../webhooks/process-webhook-event";
import { runDailyMaintenance } from "./daily-maintenance";
import { inJobLogContext, withJobLogContext } from "./job-log-context";
import { listenForNewEvents } from "./new-event-signal";
import { getQueue, queueNames, stopQueue, webhookRetry } from "./queue";
import { runReconcile } from "./reconcile";

type EventJob = PgBoss.JobWithMetadata<{ eventId: string }>;

let listener: ReturnType<typeof listenForNewEvents> | null = null;

/**
 * Runs the handlers in this process: webhook events (several at a time), and the scheduled jobs. Any number
 * of processes may do this against one database; pg-boss hands each job to one of them.
 */
export async function startWorkers() {
  const boss = await getQueue();
  const plan = webhookBatchPlan(env);
  if (!plan.fitsInExpiry)
    log.warn("one webhook event may outlive its job: raise WEBHOOK_JOB_EXPIRE_SECONDS", {
      longestEventSeconds: plan.longestEventSeconds,
      expireSeconds: env.WEBHOOK_JOB_EXPIRE_SECONDS,
    });

  // pg-boss sleeps its polling interval between fetches, so each fetch takes a batch, worked
  // WORKER_CONCURRENCY at a time. A full batch means more are waiting: fetch again at once. Jobs to retry are
  // failed one by one (pg-boss retries them with backoff; the last attempt marks the event DEAD); the rest complete
  // with the batch.
  let workerId = "";
  const handleEvents = async (jobs: EventJob[]) => {
    const outcomes = await mapWithConcurrency(jobs, env.WORKER_CONCURRENCY, async (job) =>
      // pg-boss expires each job on its own clock: one that waited its turn past its expiry (behind slower
      // events of its batch) has been, or is about to be, handed to another worker. Leave it to that retry
      // rather than race it; failing it below makes sure it is retried even if pg-boss has not noticed yet.
      hasExpired(job)
        ? "retry"
        : inJobLogContext(job, () =>
            processWebhookEvent(job.data.eventId, {
              isFinalAttempt: job.retryCount >= webhookRetry().retryLimit,
            }),
          ),
    );
    const retry = jobs
      .filter((_, index) => outcomes[index] === "retry" || outcomes[index] instanceof Error)
      .map((job) => job.id);
    if (retry.length > 0) await boss.fail(queueNames.webhookEvents, retry);
    if (jobs.length === plan.batchSize) boss.notifyWorker(workerId);
  };
  workerId = await boss.work(
    queueNames.webhookEvents,
    { batchSize: plan.batchSize, pollingIntervalSeconds: 0.5, includeMetadata: true },
    withJobLogContext(queueNames.webhookEvents, handleEvents),
  );
  listener = listenForNewEvents(() => boss.notifyWorker(workerId));

  // Each handler is wrapped once, here: its log lines carry the queue and the job's id.
  await boss.schedule(queueNames.dailyMaintenance, env.MAINTENANCE_CRON, {}, { tz: "UTC" });
  await boss.work(
    queueNames.dailyMaintenance,
    withJobLogContext(queueNames.dailyMaintenance, async () => {
      await runDailyMaintenance();
    }),
  );
  await boss.schedule(queueNames.reconcile, env.RECONCILE_CRON, {}, { tz: "UTC" });
  await boss.work(
    queueNames.reconcile,
    withJobLogContext(queueNames.reconcile, async () => {
      await runReconcile({ concurrency: env.RECONCILE_CONCURRENCY });
    }),
  );
  await boss.work<{ bulkActionId: string }>(
    queueNames.bulkActions,
    withJobLogContext(queueNames.bulkActions, async ([job]) => {
      if (job) await runBulkAction(job.data.bulkActionId);
    }),
  );
  await boss.work<SendEmailJobData>(
    queueNames.sendEmail,
    withJobLogContext(queueNames.sendEmail, async ([job]) => {
      if (job) await runSendEmailJob(job.data);
    }),
  );
  await boss.work<ViolationOpenedJobData>(
    queueNames.violationOpened,
    withJobLogContext(queueNames.violationOpened, async ([job]) => {
      if (job) await runViolationOpenedJob(job.data);
    }),
  );
  await boss.schedule(queueNames.dailyDigest, env.DIGEST_CRON, {}, { tz: "UTC" });
  await boss.work(
    queueNames.dailyDigest,
    withJobLogContext(queueNames.dailyDigest, async () => {
      await runDailyDigest();
    }),
  );
  await boss.work<SlackDeliveryJobData>(
    queueNames.slackDelivery,
    { includeMetadata: true },
    withJobLogContext(queueNames.slackDelivery, async ([job]) => {
      if (job) await runSlackDeliveryJob(job.data, { isFinalAttempt: job.retryCount >= job.retryLimit });
    }),
  );
  await boss.work<WebhookDeliveryJobData>(
    queueNames.webhookDelivery,
    { includeMetadata: true },
    withJobLogContext(queueNames.webhookDelivery, async ([job]) => {
      if (job) await runWebhookDeliveryJob(job.data, { isFinalAttempt: job.retryCount >= job.retryLimit });
    }),
  );
  await boss.schedule(queueNames.portfolioMetrics, "* * * * *", {}, { tz: "UTC" });
  await boss.work(
    queueNames.portfolioMetrics,
    withJobLogContext(queueNames.portfolioMetrics, async () => {
      await refreshPortfolioMetrics();
    }),
  );
  log.info("workers started", {
    concurrency: env.WORKER_CONCURRENCY,
    batchSize: plan.batchSize,
    maintenance: env.MAINTENANCE_CRON,
  });
  return boss;
}

/** Stops listening, finishes the jobs in hand (up to 20 s), then lets go of the rest for another worker. */
export async function stopWorkers() {
  await listener?.stop();
  listener = null;
  return stopQueue();
}

/** Whether a job's expiry has passed since it started (pg-boss's `expireIn` is a PostgreSQL interval). */
function hasExpired(job: EventJob, now = Date.now()): boolean {
  const { days = 0, hours = 0, minutes = 0, seconds = 0, milliseconds = 0 } = job.expireIn;
  const expireMs = (((days * 24 + hours) * 60 + minutes) * 60 + seconds) * 1000 + milliseconds;
  return now >= new Date(job.startedOn).getTime() + expireMs;
}
