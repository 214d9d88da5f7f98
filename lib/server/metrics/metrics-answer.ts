import "server-only";
import { env } from "../env";
import { hasBearerToken } from "./bearer-token";
import { scrapeMetrics } from "./scrape";

// What a scrape gets, for both the web route (/api/metrics) and the workers' server (serve-worker-metrics.ts):
// 404 while METRICS_TOKEN is unset (the endpoint does not exist), 401 without the token, else the metrics.

export type MetricsAnswer = { status: number; headers: Record<string, string>; body: string };

const noStore = { "cache-control": "no-store" };

export async function answerScrape(authorization: string | null | undefined): Promise<MetricsAnswer> {
  const token = env.METRICS_TOKEN;
  if (!token)
    return { status: 404, headers: { ...noStore, "content-type": "text/plain" }, body: "Not found\n" };
  if (!hasBearerToken(authorization, token))
    return {
      status: 401,
      headers: { ...noStore, "content-type": "text/plain", "www-authenticate": 'Bearer realm="metrics"' },
      body: "Unauthorized\n",
    };
  const { body, contentType } = await scrapeMetrics();
  return { status: 200, headers: { ...noStore, "content-type": contentType }, body };
}
