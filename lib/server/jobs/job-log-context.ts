import "server-only";
import { withLogContext } from "../request-context";

/**
 * Wraps a pg-boss handler so every line it logs names its queue, and its job when the batch holds one (the
 * usual case; a batch of webhook events gives each event's job its own context, see `inJobLogContext`).
 */
export function withJobLogContext<J extends { id: string }, R>(
  queue: string,
  handler: (jobs: J[]) => Promise<R>,
): (jobs: J[]) => Promise<R> {
  return (jobs) => {
    const [only] = jobs;
    return withLogContext({ queue, ...(jobs.length === 1 && only ? { jobId: only.id } : {}) }, () =>
      handler(jobs),
    );
  };
}

/** Runs one job of a batch with its id on the lines it logs. */
export function inJobLogContext<T>(job: { id: string }, work: () => T): T {
  return withLogContext({ jobId: job.id }, work);
}
