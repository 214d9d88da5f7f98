// `npm run twin`: the local Axle twin as its own process.
import { twinConfigFromEnv } from "./config";
import { startTwinServer } from "./server";

try {
  const twin = await startTwinServer(twinConfigFromEnv(process.env));
  console.log(`[axle-twin] listening on ${twin.url} (client id ${twin.context.config.clientId})`);
  const stop = async () => {
    await twin.close();
    process.exit(0);
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
