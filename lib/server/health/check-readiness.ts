import "server-only";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { db } from "../db";
import { getQueue } from "../jobs/queue";

type Check = { ok: boolean; detail?: string };
export type Readiness = { isReady: boolean; checks: { database: Check; migrations: Check; queue: Check } };

/** Whether this process can do its job: database reachable, every migration applied, job queue started. */
export async function checkReadiness(): Promise<Readiness> {
  const checks: Readiness["checks"] = {
    database: { ok: false },
    migrations: { ok: false },
    queue: { ok: false },
  };
  try {
    await db.$queryRaw`SELECT 1`;
    checks.database = { ok: true };
    const applied = await db.$queryRaw<
      { migration_name: string }[]
    >`SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    const dir = path.join(process.cwd(), "prisma", "migrations");
    const expected = existsSync(dir)
      ? readdirSync(dir, { withFileTypes: true })
          .filter((entry) => entry.isDirectory())
          .map((entry) => entry.name)
      : [];
    const missing = expected.filter((name) => !applied.some((row) => row.migration_name === name));
    checks.migrations =
      missing.length === 0 ? { ok: true } : { ok: false, detail: `not applied: ${missing.join(", ")}` };
  } catch (error) {
    checks.database = { ok: false, detail: (error as Error).message };
  }
  try {
    await Promise.race([
      getQueue(),
      new Promise((_, reject) =>
        setTimeout(() => reject(new Error("queue did not start within 5 s")), 5_000),
      ),
    ]);
    checks.queue = { ok: true };
  } catch (error) {
    checks.queue = { ok: false, detail: (error as Error).message };
  }
  return { isReady: Object.values(checks).every((check) => check.ok), checks };
}
