import { z } from "zod";
import { twinDefaults } from "./defaults";

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
});

export type TwinConfig = {
  port: number;
  host: string;
  publicUrl?: string;
  clientId: string;
  clientSecret: string;
  webhookHeader: string;
  webhookSecret: string;
};

export function twinConfigFromEnv(env: NodeJS.ProcessEnv): TwinConfig {
  const parsed = twinEnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Axle twin: bad environment\n${problems.join("\n")}`);
  }
  const e = parsed.data;
  return {
    port: e.AXLE_TWIN_PORT,
    host: e.AXLE_TWIN_HOST,
    publicUrl: e.AXLE_TWIN_PUBLIC_URL,
    clientId: e.AXLE_CLIENT_ID,
    clientSecret: e.AXLE_CLIENT_SECRET,
    webhookHeader: e.AXLE_WEBHOOK_HEADER.toLowerCase(),
    webhookSecret: e.AXLE_WEBHOOK_SECRET,
  };
}
