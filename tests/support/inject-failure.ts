// Failures injected into a real PostgreSQL, for proving that a retry completes what a failed attempt left:
// a trigger on one table that raises, or stalls, the first time it fires and never again. "First time" is
// counted by a sequence, because a sequence's nextval survives the rollback the failure causes.
import pg from "pg";

/** What the injections need of a database client: a Prisma client has it, and so has `sqlRunner(pg client)`. */
export type SqlRunner = {
  $executeRawUnsafe(sql: string): Promise<unknown>;
  $queryRawUnsafe<T = unknown>(sql: string): Promise<T>;
};

/** A plain `pg` client as a SqlRunner, for tests that run the app in processes of its own. */
export function sqlRunner(client: pg.Client): SqlRunner {
  return {
    $executeRawUnsafe: (sql) => client.query(sql),
    $queryRawUnsafe: async <T>(sql: string) => (await client.query(sql)).rows as T,
  };
}

/** The advisory lock a stalled transaction waits for (any number no other code takes). */
const stallLockKey = 7_301_117;

type Injection = {
  /** A short identifier, unique among the injections alive at once. */
  name: string;
  table: string;
  /** For instance `BEFORE INSERT`, or `AFTER UPDATE`. */
  timing: string;
  /** An optional trigger condition, for instance `(NEW.status = 'PROCESSED')`. */
  when?: string;
};

async function install(db: SqlRunner, { name, table, timing, when }: Injection, action: string) {
  const id = `test_once_${name}`;
  await db.$executeRawUnsafe(`CREATE SEQUENCE ${id}`);
  await db.$executeRawUnsafe(`
    CREATE FUNCTION ${id}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF nextval('${id}') = 1 THEN ${action}; END IF;
      RETURN NEW;
    END $$`);
  await db.$executeRawUnsafe(
    `CREATE TRIGGER ${id} ${timing} ON "${table}" FOR EACH ROW ${when ? `WHEN ${when}` : ""} EXECUTE FUNCTION ${id}()`,
  );
  return {
    /** Whether the trigger has fired (and so failed or stalled its transaction). */
    async hasFired() {
      const [row] = await db.$queryRawUnsafe<{ is_called: boolean }[]>(`SELECT is_called FROM ${id}`);
      return row?.is_called ?? false;
    },
    async remove() {
      await db.$executeRawUnsafe(`DROP TRIGGER ${id} ON "${table}"`);
      await db.$executeRawUnsafe(`DROP FUNCTION ${id}()`);
      await db.$executeRawUnsafe(`DROP SEQUENCE ${id}`);
    },
  };
}

/** The first row written to the table fails its transaction with "injected failure at <name>". */
export function failOnce(db: SqlRunner, injection: Injection) {
  return install(db, injection, `RAISE EXCEPTION 'injected failure at ${injection.name}'`);
}

/**
 * The first row written to the table holds its transaction still, so that a test can kill the process that ran
 * it at exactly that point. The trigger waits for an advisory lock this test holds on a connection of its own,
 * and never lets go of: the stall lasts until the test ends it (endStalledSessions), not for some time.
 */
export async function stallOnce(db: SqlRunner, injection: Injection, databaseUrl = process.env.DATABASE_URL) {
  const holder = new pg.Client({ connectionString: databaseUrl });
  await holder.connect();
  await holder.query("SELECT pg_advisory_lock($1)", [stallLockKey]);
  const installed = await install(db, injection, `PERFORM pg_advisory_xact_lock(${stallLockKey})`);
  return {
    ...installed,
    async remove() {
      await installed.remove();
      await holder.end();
    },
  };
}

/** Ends the database sessions a stall holds, as PostgreSQL does once it notices their client died. */
export async function endStalledSessions(db: SqlRunner) {
  await db.$queryRawUnsafe(
    `SELECT pg_terminate_backend(pid) FROM pg_locks
      WHERE locktype = 'advisory' AND NOT granted AND objid = ${stallLockKey}`,
  );
}
