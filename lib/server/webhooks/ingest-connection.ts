import "server-only";
import pg from "pg";
import { env } from "../env";
import { log } from "../log";

// The webhook route's transactions go through plain `pg`, not Prisma: a one-event batch took 4.5 ms through
// Prisma's interactive transaction and 3.3 ms this way (median of 100, on a 2-core machine), on the one path
// where every millisecond is a request Axle waits on. A few connections are enough: one batch is written at a
// time per process.
//
// Every wait is bounded. The requests behind a batch wait for it, so a batch stuck on a lock (another process's
// batch holding the same event id and frozen), an unreachable server or a dead socket must fail, and be answered
// 500 for Axle to retry, rather than hold the whole process's webhooks. A batch that committed just before its
// deadline is safe too: the retry is answered as a duplicate.
const connectTimeoutMs = 5_000;
const statementTimeoutMs = 5_000;
const lockTimeoutMs = 2_000;

const globalForIngest = globalThis as unknown as { coverwatchIngestPool?: pg.Pool };

function pool() {
  if (!globalForIngest.coverwatchIngestPool) {
    const created = new pg.Pool({
      connectionString: env.DATABASE_URL,
      max: 2,
      connectionTimeoutMillis: connectTimeoutMs,
      query_timeout: statementTimeoutMs + 1_000,
      options: `-c statement_timeout=${statementTimeoutMs} -c lock_timeout=${lockTimeoutMs} -c idle_in_transaction_session_timeout=${statementTimeoutMs * 2}`,
    });
    // An idle connection the server closed (restart, terminate, a pooler's idle limit) is dropped by the pool;
    // without a listener, that would be an uncaught exception.
    created.on("error", (error) => log.warn("ingest connection lost while idle", { err: error }));
    globalForIngest.coverwatchIngestPool = created;
  }
  return globalForIngest.coverwatchIngestPool;
}

/** Runs `work` in one transaction on a connection of the ingest pool; rolls back (and drops the connection) on failure. */
export async function inIngestTransaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool().connect();
  let isBroken = false;
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    isBroken = true;
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    // A connection that failed mid-transaction may be in any state: it is closed rather than reused.
    client.release(isBroken);
  }
}
