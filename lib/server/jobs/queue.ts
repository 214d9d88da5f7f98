import "server-only";
import PgBoss from "pg-boss";
import { webhookBatchPlan } from "@/lib/webhooks/time-budget";
import type { Tx } from "../db";
import { env } from "../env";
import { log } from "../log";

// The PostgreSQL job queue (pg-boss), one instance per process. Web processes use it to enqueue; worker
// processes (or the web process, with JOBS_IN_PROCESS) also run the handlers (workers.ts).

export const queueNames = {
  webhookEvents: "webhook-events",
  dailyMaintenance: "daily-maintenance",
  reconcile: "reconcile",
  bulkActions: "bulk-actions",
  sendEmail: "send-email",
  violationOpened: "violation-opened",
  dailyDigest: "daily-digest",
  slackDelivery: "slack-delivery",
  webhookDelivery: "webhook-delivery",
  portfolioMetrics: "portfolio-metrics",
} as const;

/**
 * Webhook processing: retried with exponential backoff. A claim expires with its job. There is no pg-boss
 * dead-letter queue: the final attempt marks the event DEAD in its own table (process-webhook-event.ts) and
 * completes its job, so the event table is the one place that says what is dead, and the Operations page
 * replays from it.
 */
export function webhookRetry() {
  return {
    retryLimit: env.WEBHOOK_RETRY_LIMIT,
    retryDelay: env.WEBHOOK_RETRY_DELAY_SECONDS,
    retryBackoff: true,
    expireInSeconds: env.WEBHOOK_JOB_EXPIRE_SECONDS,
  };
}

/**
 * Outbound webhooks (integrations/deliver-webhook.ts): 12 retries, 40 s doubling with jitter (each wait between
 * one and two times its nominal value), about three days in all (two to four). Each attempt waits 10 s at most.
 */
export const outboundWebhookRetry = {
  retryLimit: 12,
  retryDelay: 40,
  retryBackoff: true,
  expireInSeconds: 60,
} as const;

const globalForQueue = globalThis as unknown as { coverwatchQueue?: Promise<PgBoss> };

export function getQueue(): Promise<PgBoss> {
  globalForQueue.coverwatchQueue ??= (async () => {
    const boss = new PgBoss({
      connectionString: env.DATABASE_URL,
      schema: "pgboss",
      max: 5,
      maintenanceIntervalSeconds: env.QUEUE_MAINTENANCE_SECONDS,
    });
    boss.on("error", (error) => log.error("job queue error", { err: error }));
    await boss.start();
    // Queues are created by whoever starts first; creating an existing queue is a no-op.
    await boss.createQueue(queueNames.webhookEvents, {
      name: queueNames.webhookEvents,
      ...webhookRetry(),
    });
    await boss.createQueue(queueNames.dailyMaintenance);
    await boss.createQueue(queueNames.reconcile);
    // A bulk action's job goes on where it stopped when retried (run-bulk-action.ts); an hour covers 100,000
    // borrowers at the twin's pace.
    await boss.createQueue(queueNames.bulkActions, {
      name: queueNames.bulkActions,
      retryLimit: 3,
      retryDelay: 5,
      expireInSeconds: 60 * 60,
    });
    // Emails written in a transaction (invitations, password resets) are delivered by this job; a mail server
    // that is down is tried again for about an hour (30 s, doubling).
    await boss.createQueue(queueNames.sendEmail, {
      name: queueNames.sendEmail,
      retryLimit: 7,
      retryDelay: 30,
      retryBackoff: true,
      expireInSeconds: 5 * 60,
    });
    // Telling the team about a new violation (alerts/violation-opened.ts): it only writes rows, so a short retry.
    await boss.createQueue(queueNames.violationOpened, {
      name: queueNames.violationOpened,
      retryLimit: 5,
      retryDelay: 10,
      retryBackoff: true,
      expireInSeconds: 5 * 60,
    });
    // The users' daily digest (alerts/daily-digest.ts): a rerun the same day sends nothing twice.
    await boss.createQueue(queueNames.dailyDigest);
    // Slack messages (slack/deliver-slack-message.ts): a webhook that fails is tried 6 more times, 30 s doubling
    // (with jitter), about an hour in all. Each attempt waits 10 s at most, so a minute's expiry never cuts one off.
    await boss.createQueue(queueNames.slackDelivery, {
      name: queueNames.slackDelivery,
      retryLimit: 6,
      retryDelay: 30,
      retryBackoff: true,
      expireInSeconds: 60,
    });
    await boss.createQueue(queueNames.webhookDelivery, {
      name: queueNames.webhookDelivery,
      ...outboundWebhookRetry,
    });
    // The portfolio's counts for /metrics (metrics/refresh-portfolio-metrics.ts), every minute: a failed run is
    // not retried, the next minute's run is the retry.
    await boss.createQueue(queueNames.portfolioMetrics, {
      name: queueNames.portfolioMetrics,
      retryLimit: 0,
      expireInSeconds: 60,
    });
    return boss;
  })();
  return globalForQueue.coverwatchQueue;
}

/** pg-boss's connection option: the statements it runs to insert jobs, on a connection the caller chooses. */
export type JobDb = { executeSql: (text: string, values: unknown[]) => Promise<{ rows: unknown[] }> };

/** pg-boss's connection option, pointed at the caller's Prisma transaction: its jobs commit or roll back with it. */
export function inTransaction(tx: Tx): JobDb {
  return {
    executeSql: async (text: string, values: unknown[]) => ({
      rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values),
    }),
  };
}

/**
 * Enqueues a job inside the caller's Prisma transaction: the job exists exactly when the transaction commits
 * (the webhook route stores the event and its job together, before answering 200).
 */
export async function enqueueInTransaction(
  tx: Tx,
  name: string,
  data: object,
  options: PgBoss.SendOptions = {},
) {
  const boss = await getQueue();
  return boss.send(name, data, { ...options, db: inTransaction(tx) });
}

export async function stopQueue() {
  const boss = await globalForQueue.coverwatchQueue;
  await boss?.stop({ graceful: true, timeout: 20_000 });
  globalForQueue.coverwatchQueue = undefined;
}

/**
 * Enqueues the processing of stored webhook events, inside the caller's transaction, in one statement however
 * many there are. Each job's expiry follows its event's type (time-budget.ts): an Ignition completion may take
 * far longer than a policy change.
 */
export async function enqueueWebhookEvents(db: JobDb, events: { id: string; type: string }[]) {
  if (events.length === 0) return;
  const boss = await getQueue();
  const plan = webhookBatchPlan(env);
  await boss.insert(
    events.map((event) => ({
      name: queueNames.webhookEvents,
      data: { eventId: event.id },
      expireInSeconds: plan.expirySeconds(event.type),
    })),
    { db },
  );
}
