// The scale seed's whole run against one database: checks, borrowers in batches, stored statuses, the rollup
// history, statistics. `cli/seed-scale.ts` finds the database; `bench/pages.ts` runs that CLI.
import pg from "pg";
import { type SeedContext, newUuid } from "./batch";
import { loanReferencePrefix } from "./borrower-identity";
import { defaultProfileVersion } from "./default-profile-version";
import { generateBatch } from "./generate-batch";
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
const progressEvery = 10_000;

export async function seedPortfolio(options: SeedOptions): Promise<void> {
  const { borrowers, batchSize = 5_000, log = console.log } = options;
  const startedAt = performance.now();
  const elapsed = () => `${((performance.now() - startedAt) / 1000).toFixed(1)} s`;
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  try {
    // Prisma's timestamp(3) columns hold UTC; nothing here needs to survive a crash of the server.
    await client.query("SET TIME ZONE 'UTC'; SET synchronous_commit = off");
    const firstLoanNumber = await checkDatabase(client, options);
    const ctx: SeedContext = {
      seed: options.seed ?? 20261130,
      now: new Date(),
      carriers: options.carriers,
      profile: await defaultProfileVersion(client),
      actorId: await firstAdmin(client),
    };
    log(`Seeding ${borrowers} borrowers from ${loanReferencePrefix}${String(firstLoanNumber).padStart(7, "0")}…`);
    const counts: Record<string, number> = {};
    const scenarios: Record<string, number> = {};
    let pending: Promise<void> = Promise.resolve();
    let written = 0;
    for (let offset = 0; offset < borrowers; offset += batchSize) {
      const batch = generateBatch(ctx, firstLoanNumber + offset, Math.min(batchSize, borrowers - offset));
      for (const name of insertOrder) counts[name] = (counts[name] ?? 0) + batch[name].length;
      for (const [scenario, n] of Object.entries(batch.scenarios)) scenarios[scenario] = (scenarios[scenario] ?? 0) + n;
      // The next batch is generated while this one is written.
      await pending;
      const size = batch.borrower.length;
      pending = writeBatch(client, batch).then(() => {
        const before = written;
        written += size;
        if (Math.floor(written / progressEvery) > Math.floor(before / progressEvery) || written === borrowers)
          log(`  ${written.toLocaleString("en-US")} borrowers written (${elapsed()})`);
      });
    }
    await pending;

    const query: RunQuery = async (sql, params) => (await client.query(sql, params)).rows;
    if (await hasRefreshFunction(client)) {
      log("Computing every borrower's stored compliance status…");
      await client.query("SELECT coverwatch_refresh_compliance(NULL, now(), $1)", [options.staleHours]);
      log(`  done (${elapsed()})`);
    } else {
      log("WARNING: coverwatch_refresh_compliance() is not in the database yet: stored statuses stay at their defaults.");
    }
    const today = await todayRollupCounts(query, ctx.now, options.staleHours);
    await writeRollupHistory(query, ctx.now, today);
    await client.query(
      `INSERT INTO "AuditLog" ("actorLabel", action, "targetType", "targetId", details) VALUES ('system', 'seed.scale', 'Database', 'scale-seed', $1::jsonb)`,
      [JSON.stringify({ borrowers, firstLoanNumber, seed: ctx.seed, runId: newUuid() })],
    );
    log("Analyzing…");
    await client.query("ANALYZE");

    log(`\nRows written: ${insertOrder.map((name) => `${tables[name].table} ${counts[name]}`).join(", ")}, ComplianceRollup 90`);
    log(`Scenarios: ${Object.entries(scenarios).map(([name, n]) => `${name} ${n}`).join(", ")}`);
    log(`Today: ${Object.entries(today).map(([name, n]) => `${name} ${n}`).join(", ")}`);
    log(`Seeded ${borrowers} borrowers in ${elapsed()}.`);
  } finally {
    await client.end();
  }
}

/** The first loan number to write; refuses what would collide or what the options rule out. */
async function checkDatabase(client: pg.Client, { fresh, append, borrowers }: SeedOptions): Promise<number> {
  const schema = await client.query(`SELECT to_regclass('"Borrower"') IS NOT NULL AS ok`);
  if (!schema.rows[0]?.ok) throw new SeedRefusal("the database has no Coverwatch schema: run `npm run db:migrate` first");
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

async function hasRefreshFunction(client: pg.Client): Promise<boolean> {
  const { rows } = await client.query(`SELECT 1 FROM pg_proc WHERE proname = 'coverwatch_refresh_compliance'`);
  return rows.length > 0;
}
