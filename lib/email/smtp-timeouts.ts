/**
 * nodemailer waits minutes by default; a hung mail server must not hold a `send-email` job that long (its
 * expiry, in lib/server/jobs/queue.ts, leaves room for all three).
 */
export const smtpTimeoutsMs = {
  connectionTimeout: 10_000,
  greetingTimeout: 10_000,
  socketTimeout: 20_000,
} as const;
