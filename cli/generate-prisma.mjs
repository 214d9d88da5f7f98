// Runs `prisma generate` on install. Prisma's CLI insists on downloading its schema engine first, although
// the client generator runs on WebAssembly and never calls it; pointing the variable at any existing file
// skips that download (see docs/architecture.md, "Migrations").
import { spawnSync } from "node:child_process";

const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;

const result = spawnSync("npx", ["prisma", "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
