// /api/metrics through its route handler, against a real PostgreSQL, real pg-boss workers and the twin over HTTP:
// the bearer rules (404 while METRICS_TOKEN is unset, 401 without it), then what the metrics say after real work
// (an event processed as a worker processes it, calls to Axle, the portfolio job, the queue).
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { sampleLabels, sampleValue } from "../support/prometheus-text";
import { type Harness, startServerHarness } from "../support/server-harness";

const token = `metrics-${randomBytes(12).toString("hex")}`;
let harness: Harness;
let route: typeof import("@/app/api/metrics/route");

beforeAll(async () => {
  process.env.METRICS_TOKEN = token;
  harness = await startServerHarness();
  route = await import("@/app/api/metrics/route");
  const { startWorkers } = await import("@/lib/server/jobs/workers");
  await startWorkers();
});
afterAll(async () => {
  const { stopWorkers } = await import("@/lib/server/jobs/workers");
  await stopWorkers();
  await harness.close();
  delete process.env.METRICS_TOKEN;
});

const get = (handler: typeof route.GET, authorization?: string) =>
  handler(
    new Request("http://127.0.0.1/api/metrics", {
      headers: authorization ? { authorization } : {},
    }),
    undefined,
  );

async function scrape(): Promise<string> {
  const response = await get(route.GET, `Bearer ${token}`);
  expect(response.status).toBe(200);
  return response.text();
}

describe("GET /api/metrics", () => {
  it("does not exist while METRICS_TOKEN is unset", async () => {
    // The environment is read once per process: a fresh module graph reads it again, without the token.
    delete process.env.METRICS_TOKEN;
    vi.resetModules();
    try {
      const fresh = await import("@/app/api/metrics/route");
      const response = await get(fresh.GET, `Bearer ${token}`);
      expect(response.status).toBe(404);
      expect(response.headers.get("cache-control")).toBe("no-store");
    } finally {
      process.env.METRICS_TOKEN = token;
      vi.resetModules();
    }
  });

  it("refuses a missing or wrong token, and answers the right one in Prometheus's text format", async () => {
    for (const authorization of [undefined, "Bearer wrong-token-0123456789", `Basic ${token}`, token]) {
      const response = await get(route.GET, authorization);
      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
      expect(await response.text()).not.toContain("coverwatch_");
    }
    const response = await get(route.GET, `Bearer ${token}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const text = await response.text();
    expect(text).toContain("# TYPE coverwatch_process_cpu_seconds_total counter");
    for (const name of [
      "coverwatch_webhooks_received_total",
      "coverwatch_webhook_ingest_seconds",
      "coverwatch_webhook_ingest_batch_size",
      "coverwatch_event_processing_seconds",
      "coverwatch_event_retries_total",
      "coverwatch_axle_requests_total",
      "coverwatch_emails_total",
      "coverwatch_outbound_deliveries_total",
    ])
      expect(text).toContain(`# TYPE ${name} `);
  });

  it("counts webhooks received by type and outcome, their answer times and the batches they were stored in", async () => {
    const webhook = await import("@/app/api/webhooks/axle/route");
    const { env } = await import("@/lib/server/env");
    const post = (headers: Record<string, string>, body: string) =>
      webhook.POST(
        new Request("http://127.0.0.1/api/webhooks/axle", { method: "POST", headers, body }),
        undefined,
      );
    const signed = { "content-type": "application/json", [env.AXLE_WEBHOOK_HEADER]: env.AXLE_WEBHOOK_SECRET };
    const before = await scrape();
    const count = (text: string, labels: Record<string, string>) =>
      sampleValue(text, "coverwatch_webhooks_received_total", labels) ?? 0;

    const event = JSON.stringify({
      id: `evt_metrics_${randomBytes(6).toString("hex")}`,
      type: "ignition.opened",
      data: { ref: "ign_metrics" },
    });
    expect((await post(signed, event)).status).toBe(200);
    expect((await post(signed, event)).status).toBe(200);
    expect((await post({ "content-type": "application/json" }, event)).status).toBe(401);
    expect((await post(signed, "{not json")).status).toBe(400);

    const after = await scrape();
    const moved = (labels: Record<string, string>) => count(after, labels) - count(before, labels);
    expect(moved({ type: "ignition.opened", outcome: "stored" })).toBe(1);
    expect(moved({ type: "ignition.opened", outcome: "duplicate" })).toBe(1);
    // Refused before the body was trusted: no type to count them under.
    expect(moved({ type: "unknown", outcome: "unauthorized" })).toBe(1);
    expect(moved({ type: "unknown", outcome: "bad_request" })).toBe(1);
    const answers = (text: string) => sampleValue(text, "coverwatch_webhook_ingest_seconds_count") ?? 0;
    expect(answers(after) - answers(before)).toBe(4);
    const batches = (text: string) => sampleValue(text, "coverwatch_webhook_ingest_batch_size_count") ?? 0;
    expect(batches(after) - batches(before)).toBe(2);
  });

  it("counts an event processed by the worker path, and the Axle calls it made, by route template", async () => {
    const borrower = await harness.connectBorrower();
    const connection = await harness.db.axleConnection.findUniqueOrThrow({
      where: { id: borrower.connectionId },
    });
    const labels = { type: "policy.modified", outcome: "processed" };
    const before = await scrape();
    const processedBefore = sampleValue(before, "coverwatch_event_processing_seconds_count", labels) ?? 0;
    const policyCallsBefore =
      sampleValue(before, "coverwatch_axle_requests_total", { endpoint: "/policies/:id", status: "200" }) ??
      0;

    const { event } = await harness.deliverEvent("policy.modified", {
      ref: borrower.policyId,
      account: connection.accountId,
    });
    expect(event.status).toBe("PROCESSED");

    const after = await scrape();
    expect(sampleValue(after, "coverwatch_event_processing_seconds_count", labels)).toBe(processedBefore + 1);
    expect(
      sampleValue(after, "coverwatch_axle_requests_total", { endpoint: "/policies/:id", status: "200" }),
    ).toBeGreaterThan(policyCallsBefore);
    expect(sampleValue(after, "coverwatch_axle_request_seconds_count", { endpoint: "/token/exchange" })).toBe(
      sampleValue(after, "coverwatch_axle_requests_total", { endpoint: "/token/exchange", status: "200" }),
    );
    // Only templates: no id, no token, no query in any label.
    const endpoints = new Set(
      sampleLabels(after, "coverwatch_axle_requests_total").map((set) => set.endpoint),
    );
    for (const endpoint of endpoints) expect(endpoint).toMatch(/^(\/([a-z]+|:id))+$/);
    expect(endpoints).toContain("/accounts/:id");
    for (const secret of [borrower.accessToken, borrower.policyId, connection.accountId])
      expect(after).not.toContain(secret);
  });

  it("reports the portfolio as the scheduled job counted it, equal to a direct count", async () => {
    const old = new Date(Date.now() - 30 * 24 * 60 * 60 * 1000);
    const borrower = await harness.connectBorrower();
    await harness.db.borrower.update({
      where: { id: borrower.borrowerId },
      data: { lastRefreshedAt: old },
    });
    const { getQueue, queueNames } = await import("@/lib/server/jobs/queue");
    const boss = await getQueue();
    const sentAt = new Date();
    await boss.send(queueNames.portfolioMetrics, {});
    // The job has run once it has written counts measured after it was sent.
    const latestMeasure = async () =>
      (
        await harness.db.portfolioStatusCount.findFirst({ orderBy: { measuredAt: "desc" } })
      )?.measuredAt.getTime() ?? 0;
    await expect.poll(latestMeasure, { timeout: 20_000 }).toBeGreaterThanOrEqual(sentAt.getTime());

    const text = await scrape();
    const direct = await harness.db.borrower.groupBy({ by: ["complianceStatus"], _count: true });
    const { statusParams } = await import("@/lib/borrowers/list-params");
    for (const [label, status] of Object.entries(statusParams)) {
      const count = direct.find((group) => group.complianceStatus === status)?._count ?? 0;
      expect(sampleValue(text, "coverwatch_borrowers", { status: label }), label).toBe(count);
    }
    const staleBefore = new Date(Date.now() - 48 * 60 * 60 * 1000);
    const stale = await harness.db.borrower.count({ where: { lastRefreshedAt: { lt: staleBefore } } });
    expect(stale).toBeGreaterThan(0);
    const staleSamples = sampleLabels(text, "coverwatch_portfolio_stale_borrowers").map(
      (set) => sampleValue(text, "coverwatch_portfolio_stale_borrowers", set) ?? 0,
    );
    expect(staleSamples.reduce((sum, value) => sum + value, 0)).toBe(stale);
    expect(sampleValue(text, "coverwatch_portfolio_stale_share")).toBeGreaterThan(0);
    expect(sampleValue(text, "coverwatch_portfolio_measured_timestamp_seconds")).toBeGreaterThanOrEqual(
      Math.floor(sentAt.getTime() / 1000),
    );
  });

  it("lists every known queue, with its depth and the age of its oldest due job", async () => {
    const { getQueue, queueNames } = await import("@/lib/server/jobs/queue");
    const boss = await getQueue();
    // A job due a minute ago that no worker takes (this queue has none) shows as waiting that long.
    await boss.createQueue("metrics-test-idle");
    await boss.send("metrics-test-idle", {}, { startAfter: new Date(Date.now() - 60_000) });

    const text = await scrape();
    for (const queue of Object.values(queueNames)) {
      expect(sampleValue(text, "coverwatch_queue_jobs", { queue, state: "created" }), queue).toBeDefined();
      expect(sampleValue(text, "coverwatch_queue_oldest_job_age_seconds", { queue }), queue).toBeDefined();
    }
    expect(sampleValue(text, "coverwatch_queue_jobs", { queue: "metrics-test-idle", state: "created" })).toBe(
      1,
    );
    expect(
      sampleValue(text, "coverwatch_queue_oldest_job_age_seconds", { queue: "metrics-test-idle" }),
    ).toBeGreaterThanOrEqual(59);
    expect(sampleValue(text, "coverwatch_metrics_collect_errors_total")).toBeUndefined();
  });
});
