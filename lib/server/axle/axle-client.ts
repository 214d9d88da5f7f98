import "server-only";
import { axleRetryDelays } from "@/lib/axle/retry-delay";
import { env } from "../env";
import { type AxleClient, createAxleClient } from "./create-axle-client";

let client: AxleClient | undefined;

/** The app's Axle client, configured from the environment on first use. */
export const axle = new Proxy({} as AxleClient, {
  get(_target, key) {
    client ??= createAxleClient({
      baseUrl: env.AXLE_BASE_URL,
      clientId: env.AXLE_CLIENT_ID,
      clientSecret: env.AXLE_CLIENT_SECRET,
      timeoutMs: env.AXLE_TIMEOUT_MS,
      retry: { maxAttempts: env.AXLE_MAX_ATTEMPTS, ...axleRetryDelays },
    });
    return client[key as keyof AxleClient];
  },
});
