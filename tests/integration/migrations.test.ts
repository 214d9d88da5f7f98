import { createHash } from "node:crypto";
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { readLocalMigrations, runMigrations } from "../../ops/migrations/run-migrations";
import { migrationsDir } from "../../ops/paths";
import { createFreshDatabase } from "../support/fresh-database";

const cleanups: (() => Promise<void> | void)[] = [];
const allMigrations = readLocalMigrations(migrationsDir).map((migration) => migration.name);
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function freshDatabase() {
  const database = await createFreshDatabase("migrate");
  cleanups.push(database.drop);
  return database.url;
}

/** A private copy of prisma/migrations that a test may change. */
function copyOfMigrations(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "coverwatch-migrations-"));
  cpSync(migrationsDir, dir, { recursive: true });
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("the migration runner", () => {
  it("records each migration in _prisma_migrations as Prisma Migrate does", async () => {
    const url = await freshDatabase();
    const applied = await runMigrations({ databaseUrl: url, dir: migrationsDir });
    expect(applied).toEqual(allMigrations);
    expect(applied[0]).toBe("20261128120000_init");

    const rows = await query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      applied_steps_count: number;
      rolled_back_at: Date | null;
      logs: string | null;
      id: string;
    }>(url, 'SELECT * FROM "_prisma_migrations" ORDER BY started_at');
    expect(rows).toHaveLength(allMigrations.length);
    for (const [index, name] of allMigrations.entries()) {
      const file = readFileSync(path.join(migrationsDir, name, "migration.sql"));
      expect(rows[index]).toMatchObject({
        migration_name: name,
        checksum: createHash("sha256").update(file).digest("hex"),
        applied_steps_count: 1,
        rolled_back_at: null,
        logs: null,
      });
      expect(rows[index]?.finished_at).toBeInstanceOf(Date);
      expect(rows[index]?.id).toMatch(/^[0-9a-f-]{36}$/);
    }

    const columns = await query<{ column_name: string; data_type: string }>(
      url,
      "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position",
    );
    expect(columns.map((column) => `${column.column_name}:${column.data_type}`)).toEqual([
      "id:character varying",
      "checksum:character varying",
      "finished_at:timestamp with time zone",
      "migration_name:character varying",
      "logs:text",
      "rolled_back_at:timestamp with time zone",
      "started_at:timestamp with time zone",
      "applied_steps_count:integer",
    ]);

    expect(await runMigrations({ databaseUrl: url, dir: migrationsDir })).toEqual([]);
  });

  it("lets two runners start together: one applies, the other waits and finds nothing to do", async () => {
    const url = await freshDatabase();
    const results = await Promise.all([
      runMigrations({ databaseUrl: url, dir: migrationsDir }),
      runMigrations({ databaseUrl: url, dir: migrationsDir }),
    ]);
    expect(results.map((names) => names.length).sort()).toEqual([0, allMigrations.length]);
    const rows = await query<{ count: string }>(url, 'SELECT count(*) FROM "_prisma_migrations"');
    expect(rows[0]?.count).toBe(String(allMigrations.length));
  });

  it("refuses to run when an applied migration's file has changed, and applies nothing", async () => {
    const url = await freshDatabase();
    const dir = copyOfMigrations();
    await runMigrations({ databaseUrl: url, dir });
    appendFileSync(
      path.join(dir, "20261128120000_init", "migration.sql"),
      "\n-- edited after it was applied\n",
    );
    mkdirSync(path.join(dir, "20261201000000_next"));
    writeFileSync(
      path.join(dir, "20261201000000_next", "migration.sql"),
      'CREATE TABLE "ShouldNotExist" ("id" TEXT);\n',
    );

    await expect(runMigrations({ databaseUrl: url, dir })).rejects.toThrow(
      /20261128120000_init was modified after it was applied/,
    );
    const tables = await query(
      url,
      "SELECT 1 FROM information_schema.tables WHERE table_name = 'ShouldNotExist'",
    );
    expect(tables).toHaveLength(0);
  });

  it("applies a failing migration not at all: no half-made tables, no record", async () => {
    const url = await freshDatabase();
    const dir = copyOfMigrations();
    mkdirSync(path.join(dir, "20261201000000_broken"));
    writeFileSync(
      path.join(dir, "20261201000000_broken", "migration.sql"),
      'CREATE TABLE "HalfMade" ("id" TEXT);\nSELECT * FROM "NoSuchTable";\n',
    );

    await expect(runMigrations({ databaseUrl: url, dir })).rejects.toThrow(/20261201000000_broken failed/);
    expect(
      await query(url, "SELECT 1 FROM information_schema.tables WHERE table_name = 'HalfMade'"),
    ).toHaveLength(0);
    const names = await query<{ migration_name: string }>(
      url,
      'SELECT migration_name FROM "_prisma_migrations"',
    );
    expect(names.map((row) => row.migration_name).sort()).toEqual(allMigrations);
  });
});
