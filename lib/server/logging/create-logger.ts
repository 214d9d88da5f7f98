import "server-only";
import pino, { type DestinationStream, type Logger } from "pino";
import pretty from "pino-pretty";
import type { LogSettings } from "@/lib/log-settings";
import { currentLogContext } from "../request-context";
import { nextRequestId } from "./next-request-id";
import { redactCensor, redactPaths } from "./redact-paths";

export type LoggerOptions = LogSettings & {
  /** Where lines go: stdout unless given (tests pass a stream to read them back). */
  destination?: DestinationStream;
};

/**
 * A pino logger. Written synchronously on this thread: pino's transports run in worker threads, which Next's
 * bundler breaks, so the pretty format is pino-pretty used as a plain stream. Lines keep the shape the
 * hand-written logger had (`time` ISO, `level` as a word, `message`), plus pid and hostname, the context's
 * request or job id, and `err` for an Error (its type, message and stack).
 */
export function createLogger({ level, format, destination }: LoggerOptions): Logger {
  const options: pino.LoggerOptions = {
    level,
    messageKey: "message",
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    serializers: { err: serializeError },
    redact: { paths: redactPaths, censor: redactCensor },
    // A call site's own fields win over these (pino merges the mixin first).
    mixin: () => {
      const context = currentLogContext();
      const requestId = context?.requestId ?? nextRequestId();
      return requestId ? { ...context, requestId } : { ...context };
    },
  };
  if (format === "pretty") {
    const stream = pretty({
      destination: destination ?? 1,
      sync: true,
      messageKey: "message",
      translateTime: "SYS:HH:MM:ss.l",
      ignore: "pid,hostname",
      ...(destination ? { colorize: false } : {}),
    });
    return pino(options, stream);
  }
  return pino(options, destination ?? pino.destination({ dest: 1, sync: true }));
}

/**
 * pino's own serializer, naming the type by `name` when the constructor's name is gone: the production build
 * minifies class names, so an AxleError would otherwise be logged with `"type": ""`.
 */
function serializeError(error: Error) {
  const serialized = pino.stdSerializers.err(error);
  if (serialized && typeof serialized === "object" && !serialized.type && error instanceof Error)
    serialized.type = error.name;
  return serialized;
}
