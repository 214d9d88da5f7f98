// How the server processes log: read by the logger itself (which must work before, and without, the full
// environment check) and part of the app's environment schema, so a wrong value is named at start.
import { z } from "zod";

export const logLevels = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

export const logEnvShape = {
  /** The least severe level written; `debug` and `trace` are for chasing a problem, `silent` for nothing. */
  LOG_LEVEL: z.enum(logLevels).default("info"),
  /** `json`, one object a line for a collector; `pretty`, colored lines for a terminal. Unset: pretty in development. */
  LOG_FORMAT: z.enum(["json", "pretty"]).optional(),
};

export type LogSettings = { level: (typeof logLevels)[number]; format: "json" | "pretty" };

/** The settings from the environment; an invalid value falls back to the default here (the start-up check names it). */
export function readLogSettings(source: Record<string, string | undefined>): LogSettings {
  const level = logEnvShape.LOG_LEVEL.safeParse(source.LOG_LEVEL);
  const format = logEnvShape.LOG_FORMAT.safeParse(source.LOG_FORMAT);
  return {
    level: level.success ? level.data : "info",
    format:
      (format.success ? format.data : undefined) ?? (source.NODE_ENV === "development" ? "pretty" : "json"),
  };
}
