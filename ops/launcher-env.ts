// The launcher's own settings (`npm start`, and the test stack). It turns them into the app's environment.
import { z } from "zod";

export const launcherEnvSchema = z.object({
  /** An external PostgreSQL. Unset: an embedded PostgreSQL under DATA_DIR. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL")
    .optional(),
  DATA_DIR: z.string().optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  APP_URL: z.url().optional(),
  /** Axle's API. Unset: the local Axle twin is started on AXLE_TWIN_PORT. */
  AXLE_BASE_URL: z.url().optional(),
  AXLE_TWIN_PORT: z.coerce.number().int().min(1).max(65535).default(4010),
});

export type LauncherEnv = z.infer<typeof launcherEnvSchema>;

export function parseLauncherEnv(source: NodeJS.ProcessEnv): LauncherEnv {
  const result = launcherEnvSchema.safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
  throw new Error(`Invalid environment:\n${lines.join("\n")}`);
}
