import "server-only";
import { readLogSettings } from "@/lib/log-settings";
import { createLogger } from "./logging/create-logger";

// The server's one logger: `log.info("what happened", { fields })`. JSON lines on stdout by default, pretty in
// development (LOG_FORMAT, LOG_LEVEL; docs/production.md, "Logs"). Fields are scalars, plus `err` for an Error:
// a whole request body, headers or a model row cannot be passed by mistake. Tokens, secrets and emails are
// never handed to the logger; lib/server/logging/redact-paths.ts blanks them should one slip through.
type Fields = { [key: string]: string | number | boolean | null | undefined | Error };

export const logger = createLogger(readLogSettings(process.env));

export const log = {
  debug: (message: string, fields: Fields = {}) => logger.debug(fields, message),
  info: (message: string, fields: Fields = {}) => logger.info(fields, message),
  warn: (message: string, fields: Fields = {}) => logger.warn(fields, message),
  error: (message: string, fields: Fields = {}) => logger.error(fields, message),
};
