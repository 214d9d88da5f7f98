// A PostgreSQL server for one test run: the one at DATABASE_URL if set, otherwise a fresh embedded cluster in
// a temporary directory, removed afterwards. Tests create their own databases on it.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "../../ops/postgres/embedded";

export type TestPostgres = { baseUrl: string; stop(): Promise<void> };

export async function startTestPostgres(): Promise<TestPostgres> {
  if (process.env.DATABASE_URL) return { baseUrl: process.env.DATABASE_URL, stop: async () => {} };
  const dir = mkdtempSync(path.join(os.tmpdir(), "coverwatch-test-pg-"));
  const server = await startEmbeddedPostgres({
    clusterDir: path.join(dir, "cluster"),
    password: randomBytes(12).toString("hex"),
  });
  return {
    baseUrl: server.urlFor("postgres"),
    stop: async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function uniqueDatabaseName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
}
