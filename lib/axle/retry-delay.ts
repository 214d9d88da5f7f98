// How long to wait before the next attempt of a call to Axle: exponential backoff with full jitter, or the
// server's own `Retry-After` when it gives one (never longer than the cap).
export type RetryPolicy = { maxAttempts: number; baseDelayMs: number; maxDelayMs: number };

/** The app's waits between two attempts of one call to Axle (the webhook time budget counts on the maximum). */
export const axleRetryDelays = { baseDelayMs: 250, maxDelayMs: 10_000 } as const;

export function retryDelayMs(options: {
  attempt: number;
  policy: RetryPolicy;
  retryAfterMs?: number | null;
  random?: () => number;
}): number {
  const { attempt, policy, retryAfterMs, random = Math.random } = options;
  if (retryAfterMs !== undefined && retryAfterMs !== null)
    return Math.min(Math.max(0, retryAfterMs), policy.maxDelayMs);
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(random() * ceiling);
}

/** `Retry-After` is either seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  const trimmed = header.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}
