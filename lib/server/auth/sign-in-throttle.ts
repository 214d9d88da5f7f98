import "server-only";
import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { sign } from "../crypto/signature";
import { env } from "../env";
import { log } from "../log";

// Sign-in throttling, shared by every web process through PostgreSQL (rate-limiter-flexible's store, table
// `sign_in_throttle`). Attempts are counted before the password is checked, so that a burst of concurrent
// guesses cannot all slip in before the first is counted; a successful sign-in clears its account's counts
// (from inside the password check, the one place that knows it succeeded).
//
// - account and address together: 10 attempts per 15 minutes (someone mistyping stops here, briefly);
// - one account, from anywhere: 30 per hour (a guesser rotating addresses);
// - one address, for any account: 100 per 15 minutes (a guesser rotating accounts; an office behind one
//   address has room for its people).
// Each window is fixed: it starts with its first attempt and ends on time, however many come after.

const limits = {
  accountAndAddress: { points: 10, duration: 15 * 60 },
  account: { points: 30, duration: 60 * 60 },
  address: { points: 100, duration: 15 * 60 },
} as const;

type LimitName = keyof typeof limits;
type Limiters = Record<LimitName, RateLimiterPostgres>;

const globalForThrottle = globalThis as unknown as { coverwatchSignInThrottle?: Limiters };

function limiters(): Limiters {
  if (globalForThrottle.coverwatchSignInThrottle) return globalForThrottle.coverwatchSignInThrottle;
  const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 3 });
  // An idle connection the server closed (a restart, a failover) is replaced on next use, not fatal.
  pool.on("error", (error) => log.warn("sign-in throttle connection lost", { err: error }));
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

export type SignInAttempt = { email: string; address: string };

/** Neither an email nor an address is stored, only a keyed hash: a short list of either cannot be tried. */
function keysOf({ email, address }: SignInAttempt): Record<LimitName, string> {
  const account = sign("sign-in-throttle:account", email.trim().toLowerCase());
  const from = sign("sign-in-throttle:address", address);
  return { accountAndAddress: `${account}:${from}`, account, address: from };
}

/**
 * Counts one attempt. Null when it may go ahead; otherwise how many seconds until it may. The limits are
 * counted in order, narrowest first, and an attempt refused by one is not counted by the next: a guesser
 * already stopped at this address does not use up the account's allowance for everyone else.
 */
export async function countSignInAttempt(
  attempt: SignInAttempt,
): Promise<{ retryAfterSeconds: number } | null> {
  const keys = keysOf(attempt);
  for (const name of ["accountAndAddress", "account", "address"] as const) {
    try {
      await limiters()[name].consume(keys[name]);
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      return { retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)) };
    }
  }
  return null;
}

/** After a successful sign-in: the account starts afresh, and its attempt no longer counts against the address. */
export async function clearSignInAttempts(attempt: SignInAttempt) {
  const keys = keysOf(attempt);
  await Promise.all([
    limiters().accountAndAddress.delete(keys.accountAndAddress),
    limiters().account.delete(keys.account),
    giveBack(keys.address),
  ]);
}

/** Returns the attempt's point to the address, unless its window has ended (a reward then would be credit). */
async function giveBack(key: string) {
  const held = await limiters().address.get(key);
  if (held && held.consumedPoints > 0) await limiters().address.reward(key, 1);
}

/**
 * The client's address: the entry TRUSTED_PROXY_HOPS from the end of X-Forwarded-For, the one the outermost
 * proxy we trust appended. Next sets the header from the socket only when a request arrives without one, so
 * without a proxy in front a client can name its own address; the per-account limits hold regardless.
 */
export function clientAddress(header: string | null | undefined, hops = env.TRUSTED_PROXY_HOPS): string {
  const entries = (header ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  return entries.at(-Math.min(hops, entries.length)) ?? "unknown";
}
