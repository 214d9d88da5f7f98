// A missing or bad variable stops the web process at start, naming the variable, instead of failing on the
// first request that needs it. Then background jobs start in this process unless JOBS_IN_PROCESS=false.
import { EnvError, parseAppEnv } from "@/lib/app-env";

try {
  const env = parseAppEnv(process.env);
  if (env.JOBS_IN_PROCESS === "true") {
    const { startWorkers, stopWorkers } = await import("../jobs/workers");
    await startWorkers();
    process.once("SIGTERM", () => void stopWorkers());
  }
} catch (error) {
  if (!(error instanceof EnvError)) throw error;
  console.error(`Coverwatch cannot start. ${error.message}`);
  process.exit(1);
}
