import "server-only";
import { createHash } from "node:crypto";
import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { env } from "../env";
import { log } from "../log";

// Sign-in throttling, shared by every web process through PostgreSQL (rate-limiter-flexible's store, table
// `sign_in_throttle`). Attempts are counted before the password is checked, so that a burst of concurrent
// guesses cannot all slip in before the first is counted; a successful sign-in clears its account's counts.
//
// - account and address together: 10 attempts per 15 minutes (someone mistyping stops here, briefly);
// - one account, from anywhere: 30 per hour (a guesser rotating addresses);
// - one address, for any account: 100 per 15 minutes (a guesser rotating accounts; an office behind one
//   address has room for its people).

const limits = {
  accountAndAddress: { points: 10, duration: 15 * 60 },
  account: { points: 30, duration: 60 * 60 },
  address: { points: 100, duration: 15 * 60 },
} as const;

type Limiters = Record<keyof typeof limits, RateLimiterPostgres>;

const globalForThrottle = globalThis as unknown as { coverwatchSignInThrottle?: Limiters };

function limiters(): Limiters {
  if (globalForThrottle.coverwatchSignInThrottle) return globalForThrottle.coverwatchSignInThrottle;
  const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 3 });
  // An idle connection the server closed (a restart, a failover) is replaced on next use, not fatal.
  pool.on("error", (error) => log.warn("sign-in throttle connection lost", { error: error.message }));
  const limiter = (keyPrefix: string, limit: { points: number; duration: number }) =>
    new RateLimiterPostgres({
      storeClient: pool,
      tableName: "sign_in_throttle",
      // The table comes with the migrations; the store's own cleaner would race other processes'.
      tableCreated: true,
      clearExpiredByTimeout: false,
      keyPrefix,
      ...limit,
    });
  globalForThrottle.coverwatchSignInThrottle = {
    accountAndAddress: limiter("signin-pair", limits.accountAndAddress),
    account: limiter("signin-account", limits.account),
    address: limiter("signin-address", limits.address),
  };
  return globalForThrottle.coverwatchSignInThrottle;
}

/** Neither an email nor an address is stored: only a hash of it. */
const digest = (value: string) => createHash("sha256").update(value).digest("base64url");

export type SignInAttempt = { email: string; address: string };

function keysOf({ email, address }: SignInAttempt) {
  const account = digest(email.trim().toLowerCase());
  const from = digest(address);
  return { accountAndAddress: `${account}:${from}`, account, address: from };
}

/**
 * Counts one attempt against every limit. Null when it may go ahead; otherwise how many seconds until it may
 * (the longest wait among the limits it is over).
 */
export async function countSignInAttempt(
  attempt: SignInAttempt,
): Promise<{ retryAfterSeconds: number } | null> {
  const keys = keysOf(attempt);
  const outcomes = await Promise.all(
    (Object.keys(keys) as (keyof typeof keys)[]).map((name) =>
      limiters()
        [name].consume(keys[name])
        .then(
          () => 0,
          (refusal: unknown) => {
            if (refusal instanceof RateLimiterRes) return refusal.msBeforeNext;
            throw refusal;
          },
        ),
    ),
  );
  const waitMs = Math.max(...outcomes);
  return waitMs > 0 ? { retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) } : null;
}

/** After a successful sign-in: the account starts afresh, and its attempt no longer counts against the address. */
export async function clearSignInAttempts(attempt: SignInAttempt) {
  const keys = keysOf(attempt);
  await Promise.all([
    limiters().accountAndAddress.delete(keys.accountAndAddress),
    limiters().account.delete(keys.account),
    limiters().address.reward(keys.address, 1),
  ]);
}

/**
 * The client's address as the nearest proxy saw it: the last entry of X-Forwarded-For (Next sets it from the
 * socket when no proxy did). Behind a load balancer, that is the balancer's view of the client.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",").at(-1)?.trim();
  return forwarded || headers.get("x-real-ip") || "unknown";
}
