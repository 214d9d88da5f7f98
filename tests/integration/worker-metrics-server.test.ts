// The workers' metrics server (WORKER_METRICS_PORT) on a free port of 127.0.0.1, scraped over real HTTP: the web
// route's bearer rule, the same registry, and nothing served but GET /metrics.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { WorkerMetricsServer } from "@/lib/server/metrics/serve-worker-metrics";
import { sampleValue } from "../support/prometheus-text";
import { type Harness, startServerHarness } from "../support/server-harness";

const token = `metrics-${randomBytes(12).toString("hex")}`;
let harness: Harness;
let server: WorkerMetricsServer;
let base: string;

beforeAll(async () => {
  process.env.METRICS_TOKEN = token;
  harness = await startServerHarness();
  const { getQueue } = await import("@/lib/server/jobs/queue");
  await getQueue();
  const { serveWorkerMetrics } = await import("@/lib/server/metrics/serve-worker-metrics");
  server = await serveWorkerMetrics({ port: 0, host: "127.0.0.1" });
  base = `http://127.0.0.1:${server.port}`;
});
afterAll(async () => {
  await server?.close();
  const { stopQueue } = await import("@/lib/server/jobs/queue");
  await stopQueue();
  await harness.close();
  delete process.env.METRICS_TOKEN;
});

describe("the workers' metrics server", () => {
  it("refuses a scrape without the token or with a wrong one", async () => {
    const refused: Record<string, string>[] = [{}, { authorization: "Bearer not-the-token-0000" }];
    for (const headers of refused) {
      const response = await fetch(`${base}/metrics`, { headers });
      expect(response.status).toBe(401);
      expect(await response.text()).not.toContain("coverwatch_");
    }
  });

  it("serves this process's registry with the token", async () => {
    const { emailMetrics } = await import("@/lib/server/metrics/email-metrics");
    emailMetrics.sent("failed");
    const response = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const text = await response.text();
    expect(text).toContain("coverwatch_process_resident_memory_bytes");
    expect(sampleValue(text, "coverwatch_emails_total", { outcome: "failed" })).toBeGreaterThanOrEqual(1);
    expect(sampleValue(text, "coverwatch_queue_jobs", { queue: "webhook-events", state: "created" })).toBe(0);
  });

  it("serves nothing else", async () => {
    const authorization = `Bearer ${token}`;
    expect((await fetch(`${base}/`, { headers: { authorization } })).status).toBe(404);
    expect((await fetch(`${base}/metrics`, { method: "POST", headers: { authorization } })).status).toBe(404);
  });
});
