// The web and worker processes' configuration, validated in one place. See docs/configuration.md.
import { z } from "zod";
import { checkSignInEnv, signInEnvShape } from "./auth/sign-in-env";
import { logEnvShape } from "./log-settings";

const base64Key = z
  .string()
  .refine((value) => Buffer.from(value, "base64").length === 32, "must be 32 bytes, base64-encoded");

/** Five fields (minute hour day-of-month month day-of-week), as pg-boss's schedules read them. */
const cronField = "[0-9A-Za-z*?,/-]+";
const cronExpression = z
  .string()
  .trim()
  .regex(
    new RegExp(`^${cronField}(\\s+${cronField}){4}$`),
    "must be a cron expression of five fields (minute hour day month weekday), e.g. 0 7 * * *",
  );

const appEnvFields = z.object({
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL"),
  /** Where browsers and Axle reach this app; used for Ignition's redirectUri and webhookUri. */
  APP_URL: z.url(),
  NEXTAUTH_URL: z.url(),
  NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters"),
  AXLE_BASE_URL: z.url(),
  AXLE_CLIENT_ID: z.string().min(1),
  AXLE_CLIENT_SECRET: z.string().min(1),
  AXLE_TIMEOUT_MS: z.coerce.number().int().positive().default(15_000),
  /** Attempts per call to Axle, the first included; retries only where repeating is safe. */
  AXLE_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(10).default(4),
  AXLE_WEBHOOK_HEADER: z
    .string()
    .regex(/^[A-Za-z0-9-]+$/, "must be an HTTP header name")
    .default("x-webhook-secret")
    .transform((value) => value.toLowerCase()),
  AXLE_WEBHOOK_SECRET: z.string().min(16, "must be at least 16 characters"),
  TOKEN_ENCRYPTION_KEY: base64Key,
  WEBHOOK_MAX_BODY_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(64 * 1024),
  /** Email: without SMTP_URL, messages stay in the outbox shown in the dashboard. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL")
    .optional(),
  EMAIL_FROM: z.string().min(3).default("Coverwatch <no-reply@coverwatch.local>"),
  /** When the daily maintenance runs (cron, UTC): waivers lapse, policies are evaluated again, reminders go. */
  MAINTENANCE_CRON: z.string().default("0 6 * * *"),
  /** When every monitored account and policy is fetched again (cron, UTC), and how many at once. */
  RECONCILE_CRON: z.string().default("0 5 * * *"),
  RECONCILE_CONCURRENCY: z.coerce.number().int().min(1).max(32).default(4),
  /** When the daily digest emails go to the users who asked for them (cron, UTC). */
  DIGEST_CRON: cronExpression.default("0 7 * * *"),
  /**
   * Group commit on the webhook route: requests that arrive while a batch is being written wait for the next one,
   * which holds at most this many events and waits at most this many milliseconds for more to join.
   */
  WEBHOOK_BATCH_MAX_EVENTS: z.coerce.number().int().min(1).max(1000).default(200),
  WEBHOOK_BATCH_MAX_WAIT_MS: z.coerce.number().min(0).max(50).default(2),
  /** Webhook processing retries: how many, and the first delay in seconds (doubling each time). */
  WEBHOOK_RETRY_LIMIT: z.coerce.number().int().min(0).max(20).default(6),
  WEBHOOK_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).max(3600).default(2),
  /** A webhook job (and its claim) held longer than this by a worker that died is handed to another. */
  WEBHOOK_JOB_EXPIRE_SECONDS: z.coerce.number().int().min(5).max(3600).default(300),
  /** How often the queue looks for expired jobs and due schedules. */
  QUEUE_MAINTENANCE_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  /** Webhook events one process works on at once. */
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  /** Run background jobs inside the web process (the one-command start); "false" leaves them to workers. */
  JOBS_IN_PROCESS: z.enum(["true", "false"]).default("true"),
  /**
   * Lets outbound webhooks reach private, loopback and link-local addresses: only for tests and a local demo,
   * whose receivers run on this machine. Left false, such a destination is refused (docs/webhooks.md).
   */
  OUTBOUND_WEBHOOKS_ALLOW_PRIVATE: z.enum(["true", "false"]).default("false"),
  /** A policy whose refreshedAt is older than this is shown as stale. */
  FRESHNESS_STALE_HOURS: z.coerce.number().positive().default(48),
  /**
   * An Ignition link older than this many days is replaced by a new one in the next invitation reminder (Axle
   * documents no expiry; this guards against a client configured otherwise).
   */
  IGNITION_LINK_REISSUE_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /**
   * How many proxies in front of the web processes append to X-Forwarded-For: the client's address is that many
   * entries from the end (sign-in throttling counts per address).
   */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(1).max(5).default(1),
  /** How often an open page's live-updates stream carries a heartbeat, so proxies keep it open while idle. */
  LIVE_HEARTBEAT_SECONDS: z.coerce.number().int().min(1).max(300).default(25),
  /** Requests one read-API key may make per minute; past it the API answers 429 with Retry-After. */
  API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(600),
  /**
   * The bearer token Prometheus sends to /api/metrics and to the workers' metrics server. Unset, /api/metrics
   * answers 404 (docs/production.md, "Metrics").
   */
  METRICS_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
  /** A worker process serves its metrics at http://<host>:<port>/metrics; unset, it serves none. */
  WORKER_METRICS_PORT: z.coerce.number().int().min(1).max(65_535).optional(),
  ...signInEnvShape,
  ...logEnvShape,
});

export const appEnvSchema = appEnvFields.superRefine((env, ctx) => {
  checkSignInEnv(env, ctx);
  // Refused at start rather than served openly or refusing every scrape: a metrics port nobody may read is a
  // mistake to say at once.
  if (env.WORKER_METRICS_PORT !== undefined && !env.METRICS_TOKEN)
    ctx.addIssue({
      code: "custom",
      path: ["METRICS_TOKEN"],
      message: "is missing: WORKER_METRICS_PORT is set, and the workers' metrics need a bearer token",
    });
});

export type AppEnv = z.infer<typeof appEnvSchema>;

export class EnvError extends Error {
  override name = "EnvError";
}

export function parseAppEnv(source: Record<string, string | undefined>): AppEnv {
  const result = appEnvSchema.safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const name = issue.path.join(".");
    // A rule spanning several variables says itself what is missing.
    const isMissing = source[name] === undefined && issue.code !== "custom";
    return `  ${name}: ${isMissing ? "is missing" : issue.message}`;
  });
  throw new EnvError(`Invalid environment:\n${lines.join("\n")}`);
}
