// The scale seed's whole run against one database: checks, borrowers in batches, stored statuses, the rollup
// history, statistics. `cli/seed-scale.ts` finds the database; `bench/pages.ts` runs that CLI.
import pg from "pg";
import { newUuid, type SeedContext } from "./batch";
import { startBatchGenerator } from "./batch-generator";
import type { SerializedBatch } from "./batch-worker";
import { loanReferencePrefix } from "./borrower-identity";
import { defaultProfileVersion } from "./default-profile-version";
import { type RunQuery, todayRollupCounts, writeRollupHistory } from "./rollup-history";
import { insertOrder, tables } from "./tables";
import { writeBatch } from "./write-batch";

export type SeedOptions = {
  databaseUrl: string;
  borrowers: number;
  /** Refuse a database holding more than a handful of borrowers (the demo's are fine). */
  fresh: boolean;
  /** Add to an earlier run's borrowers, numbering on from its last loan reference. */
  append: boolean;
  carriers: readonly string[];
  staleHours: number;
  seed?: number;
  batchSize?: number;
  log?: (line: string) => void;
};

export class SeedRefusal extends Error {
  override name = "SeedRefusal";
}

const handful = 10;
/** Two writers: PostgreSQL works on one batch per connection, and this machine has two cores. */
const writers = 2;
const progressEvery = 10_000;

export async function seedPortfolio(options: SeedOptions): Promise<void> {
  const { borrowers, batchSize = 5_000, log = console.log } = options;
  const startedAt = performance.now();
  const elapsed = () => `${((performance.now() - startedAt) / 1000).toFixed(1)} s`;
  const client = await openSession(options.databaseUrl);
  try {
    const firstLoanNumber = await checkDatabase(client, options);
    const ctx: SeedContext = {
      seed: options.seed ?? 20261130,
      now: new Date(),
      carriers: options.carriers,
      profile: await defaultProfileVersion(client),
      actorId: await firstAdmin(client),
    };
    log(
      `Seeding ${borrowers} borrowers from ${loanReferencePrefix}${String(firstLoanNumber).padStart(7, "0")}…`,
    );
    const { counts, scenarios } = await writeBorrowers(options, ctx, firstLoanNumber, (written) => {
      if (written % progressEvery < batchSize || written === borrowers)
        log(`  ${written.toLocaleString("en-US")} borrowers written (${elapsed()})`);
    });

    const query: RunQuery = async (sql, params) => (await client.query(sql, params)).rows;
    log("Computing every borrower's stored compliance status…");
    await client.query("SELECT coverwatch_refresh_compliance(NULL, now(), $1)", [options.staleHours]);
    log(`  done (${elapsed()})`);
    const today = await todayRollupCounts(query, ctx.now, options.staleHours);
    await writeRollupHistory(query, ctx.now, today);
    await client.query(
      `INSERT INTO "AuditLog" ("actorLabel", action, "targetType", "targetId", details) VALUES ('system', 'seed.scale', 'Database', 'scale-seed', $1::jsonb)`,
      [JSON.stringify({ borrowers, firstLoanNumber, seed: ctx.seed, runId: newUuid() })],
    );
    log("Analyzing…");
    await client.query("ANALYZE");

    log(
      `\nRows written: ${insertOrder.map((name) => `${tables[name].table} ${counts[name]}`).join(", ")}, ComplianceRollup 90`,
    );
    log(
      `Scenarios: ${Object.entries(scenarios)
        .map(([name, n]) => `${name} ${n}`)
        .join(", ")}`,
    );
    log(
      `Today: ${Object.entries(today)
        .map(([name, n]) => `${name} ${n}`)
        .join(", ")}`,
    );
    log(`Seeded ${borrowers} borrowers in ${elapsed()}.`);
  } finally {
    await client.end();
  }
}

/**
 * Generates batches in a worker and writes them over two connections, each batch in its own transaction.
 * At most one batch per writer waits in memory ahead of them.
 */
async function writeBorrowers(
  options: SeedOptions,
  ctx: SeedContext,
  firstLoanNumber: number,
  onProgress: (written: number) => void,
) {
  const { borrowers, batchSize = 5_000 } = options;
  const counts: Record<string, number> = {};
  const scenarios: Record<string, number> = {};
  const generator = startBatchGenerator();
  const clients = await Promise.all(Array.from({ length: writers }, () => openSession(options.databaseUrl)));
  try {
    const queue: Promise<SerializedBatch>[] = [];
    let requested = 0;
    const request = () => {
      if (requested >= borrowers) return;
      const count = Math.min(batchSize, borrowers - requested);
      const batch = generator.generate({ ctx, firstLoanNumber: firstLoanNumber + requested, count });
      // A failure surfaces where the batch is awaited; one asked for ahead must not crash the process first.
      batch.catch(() => {});
      queue.push(batch);
      requested += count;
    };
    for (let i = 0; i <= writers; i++) request();
    let written = 0;
    const writeLoop = async (client: pg.Client) => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const batch = await next;
        request();
        await writeBatch(client, batch);
        for (const [name, n] of Object.entries(batch.counts)) counts[name] = (counts[name] ?? 0) + n;
        for (const [name, n] of Object.entries(batch.scenarios)) scenarios[name] = (scenarios[name] ?? 0) + n;
        written += batch.borrowers;
        onProgress(written);
      }
    };
    await Promise.all(clients.map(writeLoop));
    return { counts, scenarios };
  } finally {
    await generator.stop();
    await Promise.all(clients.map((client) => client.end()));
  }
}

/**
 * Nothing written here needs to survive a crash of the server, so commits do not wait for the disk. The rows are
 * consistent by construction, so a superuser's session also skips the foreign-key triggers (a fifth of the
 * server's work here); any other role keeps them.
 */
async function openSession(databaseUrl: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query("SET TIME ZONE 'UTC'; SET synchronous_commit = off");
  await client.query("SET session_replication_role = replica").catch(() => {});
  return client;
}

/** The first loan number to write; refuses what would collide or what the options rule out. */
async function checkDatabase(client: pg.Client, { fresh, append, borrowers }: SeedOptions): Promise<number> {
  const schema = await client.query(`SELECT to_regclass('"Borrower"') IS NOT NULL AS ok`);
  if (!schema.rows[0]?.ok)
    throw new SeedRefusal("the database has no Coverwatch schema: run `npm run db:migrate` first");
  const { rows } = await client.query<{ total: string; seeded: string; last: number | null }>(
    `SELECT count(*) AS total,
            count(*) FILTER (WHERE "loanReference" ~ '^LN-[0-9]+$') AS seeded,
            max(substr("loanReference", 4)::int) FILTER (WHERE "loanReference" ~ '^LN-[0-9]+$') AS last
     FROM "Borrower"`,
  );
  const total = Number(rows[0]?.total ?? 0);
  const seeded = Number(rows[0]?.seeded ?? 0);
  if (append) return (rows[0]?.last ?? 0) + 1;
  if (fresh && total > handful)
    throw new SeedRefusal(
      `the database already holds ${total} borrowers (--fresh wants at most ${handful}); pass --append to add ${borrowers} more`,
    );
  if (seeded > 0)
    throw new SeedRefusal(
      `the database already holds ${seeded} seeded borrowers (LN-…): pass --append to add ${borrowers} more after them, or seed an empty database`,
    );
  return 1;
}

async function firstAdmin(client: pg.Client): Promise<string | null> {
  const { rows } = await client.query<{ id: string }>(
    `SELECT id FROM "User" WHERE role = 'ADMIN' AND "disabledAt" IS NULL ORDER BY "createdAt" LIMIT 1`,
  );
  return rows[0]?.id ?? null;
}
