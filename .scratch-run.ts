import path from "node:path";
import { spawnSync } from "node:child_process";
import { loadOrCreateLocalSecrets } from "/work/main/ops/local-secrets";
import { startEmbeddedPostgres } from "/work/main/ops/postgres/embedded";
const dataDir = "/tmp/cw-seed";
const e = await startEmbeddedPostgres({ clusterDir: path.join(dataDir, "postgres"), password: loadOrCreateLocalSecrets(dataDir).postgresPassword });
const r = spawnSync("npx", ["tsx", ...process.argv.slice(2)], { stdio: "inherit", env: { ...process.env, DATABASE_URL: e.urlFor("coverwatch") } });
await e.stop();
process.exit(r.status ?? 1);
