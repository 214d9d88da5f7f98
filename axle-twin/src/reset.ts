// `npm run twin:reset`: back to the seeded state. Asks a running twin to reset itself; with none running,
// deletes its journal so the next start begins from the seed.
import { twinConfigFromEnv } from "./config";
import { Journal } from "./persistence";

const config = twinConfigFromEnv({ AXLE_WEBHOOK_SECRET: "unused-by-reset", ...process.env });
try {
  const response = await fetch(`http://${config.host}:${config.port}/_twin/reset`, {
    method: "POST",
    headers: { "x-client-id": config.clientId, "x-client-secret": config.clientSecret },
    signal: AbortSignal.timeout(5_000),
  });
  if (!response.ok) throw new Error(`the running twin answered ${response.status}`);
  console.log("The running twin is back to its seeded state.");
} catch (error) {
  if ((error as { cause?: { code?: string } }).cause?.code !== "ECONNREFUSED") {
    console.error(`Could not reset the twin: ${(error as Error).message}`);
    process.exit(1);
  }
  if (config.dataDir) Journal.inDirectory(config.dataDir).clear();
  console.log(
    `No twin running on port ${config.port}: its journal in ${config.dataDir ?? "(memory)"} is cleared.`,
  );
}
