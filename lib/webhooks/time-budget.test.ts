import { describe, expect, it } from "vitest";
import { longestEventMs, webhookBatchPlan } from "./time-budget";

const defaults = {
  AXLE_TIMEOUT_MS: 15_000,
  AXLE_MAX_ATTEMPTS: 4,
  WEBHOOK_JOB_EXPIRE_SECONDS: 300,
  WORKER_CONCURRENCY: 4,
};

describe("webhook time budget", () => {
  it("counts every Axle attempt timing out, the longest waits between, the SMTP timeouts and the database", () => {
    // 4 × 15 s + 3 × 10 s of Axle, 40 s of SMTP, 5 s of database work.
    expect(longestEventMs(defaults)).toBe(135_000);
  });

  it("takes as many rounds of WORKER_CONCURRENCY as fit in the expiry at worst", () => {
    expect(webhookBatchPlan(defaults)).toEqual({
      batchSize: 8,
      longestEventSeconds: 135,
      fitsInExpiry: true,
    });
    expect(webhookBatchPlan({ ...defaults, WEBHOOK_JOB_EXPIRE_SECONDS: 3600 }).batchSize).toBe(32);
    expect(
      webhookBatchPlan({ ...defaults, WORKER_CONCURRENCY: 16, WEBHOOK_JOB_EXPIRE_SECONDS: 500 }).batchSize,
    ).toBe(48);
  });

  it("keeps one round, and says so, when even one event may outlive the expiry", () => {
    expect(webhookBatchPlan({ ...defaults, WEBHOOK_JOB_EXPIRE_SECONDS: 60 })).toEqual({
      batchSize: 4,
      longestEventSeconds: 135,
      fitsInExpiry: false,
    });
  });
});
