import type { AppEnv } from "@/lib/app-env";
import { axleRetryDelays } from "@/lib/axle/retry-delay";
import { syncTransactionLimits } from "@/lib/db-transaction-limits";

// How long one webhook event can take at worst, by type, and from that each job's expiry and how many events
// a worker may take in one fetch. pg-boss expires each job on its own clock and hands it to another worker
// (processing claims an event for as long as its job's expiry), so every event must fit inside its job's
// expiry even when Axle is at its slowest. A job that waits its turn in a batch past its expiry (behind slower
// events) is left to its retry (workers.ts).
//
// Emails are not sent while processing: they are written with the decision and sent by their own job.

/**
 * An Ignition completion fetches the account and each of its policies. Axle accounts hold a handful; the
 * budget allows this many, and a larger account only risks a retry (processing is safe to repeat).
 */
export const policiesPerAccountBudget = 10;

/** Calls to Axle per event type, each followed by the transaction that stores what it fetched. */
export function axleCallsFor(type: string): number {
  switch (type) {
    case "policy.modified":
    case "policy.renewal-available":
    case "account.modified":
      return 1;
    // The account, then `POST /ignition` for the automatic request to reconnect.
    case "account.disconnected":
      return 2;
    // The token exchange, the account, and each policy.
    case "ignition.completed":
      return 2 + policiesPerAccountBudget;
    default:
      return 0;
  }
}

/** A few reads and updates around the calls: the claim, the handler's lookups, the final status. */
const bookkeepingMs = 5_000;
/** Batches stay small enough that a fetch does not take jobs other workers could start on sooner. */
const maxRoundsPerBatch = 8;

type Settings = Pick<
  AppEnv,
  "AXLE_TIMEOUT_MS" | "AXLE_MAX_ATTEMPTS" | "WEBHOOK_JOB_EXPIRE_SECONDS" | "WORKER_CONCURRENCY"
>;

/** One call to Axle at worst: every attempt timing out, the longest wait between, then its transaction. */
function worstCallMs(settings: Settings): number {
  const attempts = settings.AXLE_MAX_ATTEMPTS;
  const axle = attempts * settings.AXLE_TIMEOUT_MS + (attempts - 1) * axleRetryDelays.maxDelayMs;
  return axle + syncTransactionLimits.maxWait + syncTransactionLimits.timeout;
}

/** The longest one event of this type can take. */
export function longestEventMs(settings: Settings, type: string): number {
  return Math.max(1, axleCallsFor(type)) * worstCallMs(settings) + bookkeepingMs;
}

/**
 * Jobs per fetch, and each type's job expiry. WEBHOOK_JOB_EXPIRE_SECONDS is the expiry of a one-call event
 * (a policy or account change); a batch is as many rounds of WORKER_CONCURRENCY events as fit in it at worst
 * (at least one, at most eight). Slower types get that expiry times how many one-call events they may last,
 * which also covers a whole batch of them.
 * `fitsInExpiry` is false when even a one-call event may outlive WEBHOOK_JOB_EXPIRE_SECONDS.
 */
export function webhookBatchPlan(settings: Settings) {
  const oneCallMs = longestEventMs(settings, "policy.modified");
  const expiry = settings.WEBHOOK_JOB_EXPIRE_SECONDS;
  const rounds = Math.min(maxRoundsPerBatch, Math.max(1, Math.floor((expiry * 1000) / oneCallMs)));
  return {
    batchSize: settings.WORKER_CONCURRENCY * rounds,
    expirySeconds: (type: string) => expiry * Math.ceil(longestEventMs(settings, type) / oneCallMs),
    longestEventSeconds: Math.ceil(oneCallMs / 1000),
    fitsInExpiry: expiry * 1000 >= oneCallMs,
  };
}
