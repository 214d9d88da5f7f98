import "server-only";
import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { env } from "../env";
import { log } from "../log";

// Requests per API key and minute, counted in PostgreSQL (table `api_rate_limit`) so every web process shares
// the count, the way sign-in attempts are (sign-in-throttle.ts). Fixed windows of a minute.

const globalForLimit = globalThis as unknown as {
  coverwatchApiRateLimit?: { limiter: RateLimiterPostgres; points: number };
};

function limiter(): RateLimiterPostgres {
  const points = env.API_RATE_LIMIT_PER_MINUTE;
  const cached = globalForLimit.coverwatchApiRateLimit;
  if (cached && cached.points === points) return cached.limiter;
  const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 3 });
  pool.on("error", (error) => log.warn("API rate-limit connection lost", { err: error }));
  const created = new RateLimiterPostgres({
    storeClient: pool,
    tableName: "api_rate_limit",
    // The table comes with the migrations; the store's own cleaner would race other processes'.
    tableCreated: true,
    clearExpiredByTimeout: false,
    keyPrefix: "api-key",
    points,
    duration: 60,
  });
  globalForLimit.coverwatchApiRateLimit = { limiter: created, points };
  return created;
}

/** Counts one request of the key: null when it may go ahead, otherwise how many seconds until it may. */
export async function countApiRequest(keyId: string): Promise<{ retryAfterSeconds: number } | null> {
  try {
    await limiter().consume(keyId);
    return null;
  } catch (refusal) {
    if (!(refusal instanceof RateLimiterRes)) throw refusal;
    return { retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)) };
  }
}
