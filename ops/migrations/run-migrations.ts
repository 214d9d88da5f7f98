// Applies prisma/migrations/*/migration.sql without Prisma's schema engine (it cannot be installed here), and
// records them in `_prisma_migrations` exactly as Prisma Migrate does, so `prisma migrate status` agrees.
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";

/** The advisory lock key Prisma Migrate itself takes, so our runner and Prisma's also exclude each other. */
const PRISMA_MIGRATE_LOCK_KEY = 72707369;

const createMigrationsTable = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
);`;

export type LocalMigration = { name: string; sql: string; checksum: string };

export class MigrationError extends Error {
  override name = "MigrationError";
}

export function readLocalMigrations(dir: string): LocalMigration[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const bytes = readFileSync(path.join(dir, name, "migration.sql"));
      return {
        name,
        sql: bytes.toString("utf8"),
        checksum: createHash("sha256").update(bytes).digest("hex"),
      };
    });
}

type AppliedRow = {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
};

/** Refuses to go on when the database's history and the files disagree; returns the migrations still to apply. */
export function planMigrations(local: LocalMigration[], applied: AppliedRow[]): LocalMigration[] {
  const localByName = new Map(local.map((migration) => [migration.name, migration]));
  const appliedNames = new Set<string>();
  for (const row of applied) {
    if (row.rolled_back_at) continue;
    if (!row.finished_at) {
      throw new MigrationError(`migration ${row.migration_name} failed earlier and was never resolved`);
    }
    const file = localByName.get(row.migration_name);
    if (!file) {
      throw new MigrationError(
        `migration ${row.migration_name} is applied but missing from prisma/migrations`,
      );
    }
    if (file.checksum !== row.checksum) {
      throw new MigrationError(
        `migration ${row.migration_name} was modified after it was applied (checksum ${row.checksum} in the database, ${file.checksum} on disk)`,
      );
    }
    appliedNames.add(row.migration_name);
  }
  return local.filter((migration) => !appliedNames.has(migration.name));
}

export async function runMigrations(options: {
  databaseUrl: string;
  dir: string;
  log?: (line: string) => void;
}): Promise<string[]> {
  const { databaseUrl, dir, log = () => {} } = options;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // Session-level lock: a second runner waits here, then finds nothing left to do.
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_MIGRATE_LOCK_KEY]);
    await client.query(createMigrationsTable);
    const applied = await client.query<AppliedRow>(
      'SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at',
    );
    const pending = planMigrations(readLocalMigrations(dir), applied.rows);
    for (const migration of pending) {
      await applyOne(client, migration);
      log(`applied migration ${migration.name}`);
    }
    return pending.map((migration) => migration.name);
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_MIGRATE_LOCK_KEY]).catch(() => {});
    await client.end();
  }
}

async function applyOne(client: pg.Client, migration: LocalMigration) {
  await client.query("BEGIN");
  try {
    const id = randomUUID();
    await client.query(
      'INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)',
      [id, migration.checksum, migration.name],
    );
    await client.query(migration.sql);
    await client.query(
      'UPDATE "_prisma_migrations" SET finished_at = clock_timestamp(), applied_steps_count = 1 WHERE id = $1',
      [id],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw new MigrationError(`migration ${migration.name} failed: ${(error as Error).message}`);
  }
}
