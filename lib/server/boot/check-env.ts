// A missing or bad variable stops the web process at start, naming the variable, instead of failing on the
// first request that needs it.
import { EnvError, parseAppEnv } from "@/lib/app-env";

try {
  parseAppEnv(process.env);
} catch (error) {
  if (!(error instanceof EnvError)) throw error;
  console.error(`Coverwatch cannot start. ${error.message}`);
  process.exit(1);
}
