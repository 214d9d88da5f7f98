import path from "node:path";
import { z } from "zod";
import { twinDefaults } from "./defaults";
import { type FaultConfig, parseFaultConfig } from "./faults";

const day = 24 * 60 * 60 * 1000;

const twinEnvSchema = z.object({
  AXLE_TWIN_PORT: z.coerce.number().int().min(0).max(65535).default(twinDefaults.port),
  AXLE_TWIN_HOST: z.string().default("127.0.0.1"),
  /** Base of the hosted Ignition pages' links; defaults to http://localhost:<port>. */
  AXLE_TWIN_PUBLIC_URL: z.url().optional(),
  AXLE_CLIENT_ID: z.string().min(1).default(twinDefaults.clientId),
  AXLE_CLIENT_SECRET: z.string().min(1).default(twinDefaults.clientSecret),
  /** The custom header Axle is asked to send with every webhook, and its value. */
  AXLE_WEBHOOK_HEADER: z.string().min(1).default(twinDefaults.webhookHeader),
  AXLE_WEBHOOK_SECRET: z
    .string()
    .min(1, "AXLE_WEBHOOK_SECRET is required: the value the twin sends in the webhook header"),
  /** Where the journal lives (relative to the working directory); `memory` keeps nothing across restarts. */
  AXLE_TWIN_DATA_DIR: z.string().default(".data/twin"),
  AXLE_TWIN_SEED: z.string().default("coverwatch"),
  AXLE_TWIN_SEED_ACCOUNTS: z.coerce.number().int().min(0).max(1_000_000).default(0),
  AXLE_TWIN_SEED_WEBHOOK_URI: z.url().optional(),
  /** How much faster than real time the twin's schedules run (86400: a day per second). */
  AXLE_TWIN_TIME_SCALE: z.coerce.number().positive().default(1),
  AXLE_TWIN_RENEWAL_LEAD_DAYS: z.coerce.number().min(0).default(45),
  AXLE_TWIN_WEBHOOK_BASE_DELAY_MS: z.coerce.number().int().min(1).default(250),
  AXLE_TWIN_WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(6),
  /** Initial fault injection, as JSON (see faults.ts); the admin API changes it at run time. */
  AXLE_TWIN_FAULTS: z.string().optional(),
});

export type TwinConfig = {
  port: number;
  host: string;
  publicUrl?: string;
  clientId: string;
  clientSecret: string;
  webhookHeader: string;
  webhookSecret: string;
  dataDir?: string;
  seed: string;
  seedAccounts: number;
  seedWebhookUri?: string;
  /** Real milliseconds between background refreshes (a day, divided by the time scale). */
  refreshIntervalMs: number;
  renewalLeadDays: number;
  webhookBaseDelayMs: number;
  webhookMaxAttempts: number;
  faults: FaultConfig;
};

/** Defaults for everything but the credentials, for tests and embedding. */
export function twinConfig(overrides: Partial<TwinConfig> & Pick<TwinConfig, "webhookSecret">): TwinConfig {
  return {
    port: 0,
    host: "127.0.0.1",
    clientId: twinDefaults.clientId,
    clientSecret: twinDefaults.clientSecret,
    webhookHeader: twinDefaults.webhookHeader,
    seed: "coverwatch",
    seedAccounts: 0,
    refreshIntervalMs: day,
    renewalLeadDays: 45,
    webhookBaseDelayMs: 250,
    webhookMaxAttempts: 6,
    faults: parseFaultConfig({}),
    ...overrides,
  };
}

export function twinConfigFromEnv(env: Record<string, string | undefined>): TwinConfig {
  const parsed = twinEnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Axle twin: bad environment\n${problems.join("\n")}`);
  }
  const e = parsed.data;
  let faults: FaultConfig;
  try {
    faults = parseFaultConfig(e.AXLE_TWIN_FAULTS ? JSON.parse(e.AXLE_TWIN_FAULTS) : {});
  } catch (error) {
    throw new Error(`Axle twin: bad environment\n  AXLE_TWIN_FAULTS: ${(error as Error).message}`);
  }
  return {
    port: e.AXLE_TWIN_PORT,
    host: e.AXLE_TWIN_HOST,
    publicUrl: e.AXLE_TWIN_PUBLIC_URL,
    clientId: e.AXLE_CLIENT_ID,
    clientSecret: e.AXLE_CLIENT_SECRET,
    webhookHeader: e.AXLE_WEBHOOK_HEADER.toLowerCase(),
    webhookSecret: e.AXLE_WEBHOOK_SECRET,
    dataDir: e.AXLE_TWIN_DATA_DIR === "memory" ? undefined : path.resolve(e.AXLE_TWIN_DATA_DIR),
    seed: e.AXLE_TWIN_SEED,
    seedAccounts: e.AXLE_TWIN_SEED_ACCOUNTS,
    seedWebhookUri: e.AXLE_TWIN_SEED_WEBHOOK_URI,
    refreshIntervalMs: Math.max(50, Math.round(day / e.AXLE_TWIN_TIME_SCALE)),
    renewalLeadDays: e.AXLE_TWIN_RENEWAL_LEAD_DAYS,
    webhookBaseDelayMs: e.AXLE_TWIN_WEBHOOK_BASE_DELAY_MS,
    webhookMaxAttempts: e.AXLE_TWIN_WEBHOOK_MAX_ATTEMPTS,
    faults,
  };
}
