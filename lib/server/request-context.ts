import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";

/** What every log line written on behalf of one request or one background job carries. */
export type LogContext = {
  requestId?: string;
  jobId?: string;
  queue?: string;
};

// One store for the process: whatever runs inside `withLogContext` (and everything it awaits) sees the fields,
// so a deep call site logs the request id without being handed it.
const storage = new AsyncLocalStorage<LogContext>();

/** Runs `work` with these fields added to (not replacing) the context it is called in. */
export function withLogContext<T>(fields: LogContext, work: () => T): T {
  return storage.run({ ...storage.getStore(), ...fields }, work);
}

export function currentLogContext(): LogContext | undefined {
  return storage.getStore();
}
