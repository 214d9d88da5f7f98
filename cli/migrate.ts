// `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded database under DATA_DIR.
import { loadOrCreateLocalSecrets } from "../ops/local-secrets";
import { runMigrations } from "../ops/migrations/run-migrations";
import { defaultDataDir, migrationsDir } from "../ops/paths";
import { ensureDatabase } from "../ops/postgres/databases";
import { startEmbeddedPostgres } from "../ops/postgres/embedded";

try {
  process.loadEnvFile?.(".env");
} catch {
  // no .env
}

const dataDir = process.env.DATA_DIR ?? defaultDataDir;
let stopEmbedded: (() => Promise<void>) | null = null;
try {
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    const server = await startEmbeddedPostgres({
      clusterDir: `${dataDir}/postgres`,
      password: loadOrCreateLocalSecrets(dataDir).postgresPassword,
    });
    stopEmbedded = server.stop;
    databaseUrl = server.urlFor("coverwatch");
  }
  await ensureDatabase(databaseUrl);
  const applied = await runMigrations({ databaseUrl, dir: migrationsDir, log: console.log });
  console.log(
    applied.length
      ? `Applied ${applied.length} migration(s).`
      : "Nothing to apply: the database is up to date.",
  );
} catch (error) {
  console.error(`Migration failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await stopEmbedded?.();
}
