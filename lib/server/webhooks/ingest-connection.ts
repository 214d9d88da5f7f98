import "server-only";
import pg from "pg";
import { env } from "../env";

// The webhook route's transactions go through plain `pg`, not Prisma. A batch is four statements, and Prisma's
// interactive transaction cost more than all of them together (measured: 4.5 ms against about 1.5 ms per
// batch), on the one path where every millisecond is a request Axle waits on. A few connections are enough: one
// batch is written at a time per process.

const globalForIngest = globalThis as unknown as { coverwatchIngestPool?: pg.Pool };

function pool() {
  globalForIngest.coverwatchIngestPool ??= new pg.Pool({ connectionString: env.DATABASE_URL, max: 2 });
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
