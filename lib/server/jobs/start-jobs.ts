import "server-only";
import PgBoss from "pg-boss";
import { env } from "../env";
import { log } from "../log";
import { runDailyMaintenance } from "./daily-maintenance";

// Background work on PostgreSQL (pg-boss): scheduled jobs run in whichever process picks them up, once.
// Issue #5 moves webhook processing here too and adds separate worker processes.

const globalForJobs = globalThis as unknown as { coverwatchJobs?: Promise<PgBoss> };

export const jobNames = { dailyMaintenance: "daily-maintenance" } as const;

export function startJobs(): Promise<PgBoss> {
  globalForJobs.coverwatchJobs ??= (async () => {
    const boss = new PgBoss({ connectionString: env.DATABASE_URL, schema: "pgboss" });
    boss.on("error", (error) => log.error("job queue error", { error: error.message }));
    await boss.start();
    await boss.createQueue(jobNames.dailyMaintenance);
    await boss.schedule(jobNames.dailyMaintenance, env.MAINTENANCE_CRON, {}, { tz: "UTC" });
    await boss.work(jobNames.dailyMaintenance, async () => {
      await runDailyMaintenance();
    });
    process.once("SIGTERM", () => void boss.stop({ graceful: true, timeout: 10_000 }));
    log.info("job queue started", { schedule: env.MAINTENANCE_CRON });
    return boss;
  })();
  return globalForJobs.coverwatchJobs;
}
