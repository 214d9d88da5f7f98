// `npm run seed:scale -- [--borrowers 100000] [--fresh] [--append] [--seed 20261130]`
// A lender-sized portfolio of realistic, reproducible borrowers, written straight into PostgreSQL in batches
// (see lib/seed/). The database: DATABASE_URL if set; else the running `npm start` (its .data/runtime.json);
// else the embedded server on DATA_DIR/postgres, started here, migrated, and stopped at the end.
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { carriers } from "../axle-twin/src/seed/carriers";
import { SeedRefusal, seedPortfolio } from "../lib/seed/seed-portfolio";
import { loadOrCreateLocalSecrets } from "../ops/local-secrets";
import { runMigrations } from "../ops/migrations/run-migrations";
import { defaultDataDir, migrationsDir } from "../ops/paths";
import { ensureDatabase } from "../ops/postgres/databases";
import { type EmbeddedServer, startEmbeddedPostgres } from "../ops/postgres/embedded";
import { loadRuntimeEnv } from "../ops/runtime-file";

const { values } = parseArgs({
  options: {
    borrowers: { type: "string", default: "100000" },
    fresh: { type: "boolean", default: false },
    append: { type: "boolean", default: false },
    seed: { type: "string" },
  },
});

try {
  process.loadEnvFile?.(".env");
} catch {
  // no .env: defaults apply
}

let embedded: EmbeddedServer | null = null;
try {
  const borrowers = Number(values.borrowers);
  if (!Number.isInteger(borrowers) || borrowers < 1)
    throw new SeedRefusal("--borrowers must be a positive whole number");
  const dataDir = process.env.DATA_DIR ?? defaultDataDir;
  if (!process.env.DATABASE_URL && existsSync(path.join(dataDir, "runtime.json"))) {
    loadRuntimeEnv(dataDir);
    console.log("Using the database of the running Coverwatch (npm start).");
  }
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    const clusterDir = path.join(dataDir, "postgres");
    embedded = await startEmbeddedPostgres({
      clusterDir,
      password: loadOrCreateLocalSecrets(dataDir).postgresPassword,
    });
    databaseUrl = embedded.urlFor("coverwatch");
    await ensureDatabase(databaseUrl);
    const applied = await runMigrations({ databaseUrl, dir: migrationsDir });
    console.log(
      `Started the embedded PostgreSQL on ${clusterDir}${applied.length ? ` (applied ${applied.length} migrations)` : ""}.`,
    );
  }
  await seedPortfolio({
    databaseUrl,
    borrowers,
    fresh: values.fresh,
    append: values.append,
    seed: values.seed === undefined ? undefined : Number(values.seed),
    carriers: carriers.map((carrier) => carrier.id),
    staleHours: Number(process.env.FRESHNESS_STALE_HOURS ?? 48),
  });
} catch (error) {
  const reason = error instanceof SeedRefusal ? error.message : ((error as Error).stack ?? String(error));
  console.error(`Seeding stopped: ${reason}`);
  process.exitCode = 1;
} finally {
  await embedded?.stop();
}
