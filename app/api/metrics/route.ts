// Prometheus's scrape of this web process (docs/production.md, "Metrics"): bearer METRICS_TOKEN; 404 while unset.
import { machineRoute } from "@/lib/server/http/machine-route";
import { answerScrape } from "@/lib/server/metrics/metrics-answer";

export const dynamic = "force-dynamic";

export const GET = machineRoute(async (request) => {
  const answer = await answerScrape(request.headers.get("authorization"));
  return new Response(answer.body, { status: answer.status, headers: answer.headers });
});
