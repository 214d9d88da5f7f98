import type { AppEnv } from "@/lib/app-env";
import { axleRetryDelays } from "@/lib/axle/retry-delay";

// How long one webhook event can take at worst, and so how many events a worker may take in one fetch.
// pg-boss fails a whole batch that outlives the job expiry, and hands an expired job to another worker, so a
// batch must fit inside WEBHOOK_JOB_EXPIRE_SECONDS even when Axle and the mail server are at their slowest.

/** nodemailer waits minutes by default; a hung mail server must not hold an event that long. */
export const smtpTimeoutsMs = {
  connectionTimeout: 10_000,
  greetingTimeout: 10_000,
  socketTimeout: 20_000,
} as const;

/** The database work of one event (a handful of short transactions), with room to spare. */
const databaseAllowanceMs = 5_000;
/** Batches stay small enough that a fetch does not take jobs other workers could start on sooner. */
const maxRoundsPerBatch = 8;

type Settings = Pick<
  AppEnv,
  "AXLE_TIMEOUT_MS" | "AXLE_MAX_ATTEMPTS" | "WEBHOOK_JOB_EXPIRE_SECONDS" | "WORKER_CONCURRENCY"
>;

/**
 * The longest one event can take: each handler makes at most one call to Axle (every attempt timing out, the
 * longest wait between) and sends at most one email (every SMTP timeout reached).
 */
export function longestEventMs(settings: Settings): number {
  const attempts = settings.AXLE_MAX_ATTEMPTS;
  const axle = attempts * settings.AXLE_TIMEOUT_MS + (attempts - 1) * axleRetryDelays.maxDelayMs;
  const email =
    smtpTimeoutsMs.connectionTimeout + smtpTimeoutsMs.greetingTimeout + smtpTimeoutsMs.socketTimeout;
  return axle + email + databaseAllowanceMs;
}

/**
 * Jobs per fetch: as many rounds of WORKER_CONCURRENCY events as fit in the job expiry at worst (at least one
 * round, at most eight). `fitsInExpiry` is false when even one event may outlive the expiry.
 */
export function webhookBatchPlan(settings: Settings) {
  const longest = longestEventMs(settings);
  const rounds = Math.floor((settings.WEBHOOK_JOB_EXPIRE_SECONDS * 1000) / longest);
  return {
    batchSize: settings.WORKER_CONCURRENCY * Math.min(maxRoundsPerBatch, Math.max(1, rounds)),
    longestEventSeconds: Math.ceil(longest / 1000),
    fitsInExpiry: rounds >= 1,
  };
}
