import { describe, expect, it } from "vitest";
import { axleCallsFor, longestEventMs, policiesPerAccountBudget, webhookBatchPlan } from "./time-budget";

const defaults = {
  AXLE_TIMEOUT_MS: 15_000,
  AXLE_MAX_ATTEMPTS: 4,
  WEBHOOK_JOB_EXPIRE_SECONDS: 300,
  WORKER_CONCURRENCY: 4,
};
// One call at worst: 4 × 15 s of attempts, 3 × 10 s of waits between, then its transaction (10 s to get a
// connection, 30 s to run).
const oneCallMs = 4 * 15_000 + 3 * 10_000 + 40_000;

describe("webhook time budget", () => {
  it("counts each event type's real calls to Axle, each with its transaction, and the bookkeeping", () => {
    expect(longestEventMs(defaults, "policy.modified")).toBe(oneCallMs + 5_000);
    expect(longestEventMs(defaults, "account.modified")).toBe(oneCallMs + 5_000);
    // The account, then POST /ignition for the automatic request to reconnect.
    expect(longestEventMs(defaults, "account.disconnected")).toBe(2 * oneCallMs + 5_000);
    // The exchange, the account and every policy.
    expect(axleCallsFor("ignition.completed")).toBe(2 + policiesPerAccountBudget);
    expect(longestEventMs(defaults, "ignition.completed")).toBe(
      (2 + policiesPerAccountBudget) * oneCallMs + 5_000,
    );
    // Recorded only: no call, but never budgeted below one.
    expect(longestEventMs(defaults, "ignition.opened")).toBe(oneCallMs + 5_000);
  });

  it("takes as many rounds of WORKER_CONCURRENCY as fit in the expiry at worst", () => {
    expect(webhookBatchPlan(defaults)).toMatchObject({
      batchSize: 8,
      longestEventSeconds: 135,
      fitsInExpiry: true,
    });
    expect(webhookBatchPlan({ ...defaults, WEBHOOK_JOB_EXPIRE_SECONDS: 3600 }).batchSize).toBe(32);
    expect(
      webhookBatchPlan({ ...defaults, WORKER_CONCURRENCY: 16, WEBHOOK_JOB_EXPIRE_SECONDS: 500 }).batchSize,
    ).toBe(48);
  });

  it("gives slower types a longer expiry, long enough for a whole batch of them", () => {
    for (const settings of [defaults, { ...defaults, WEBHOOK_JOB_EXPIRE_SECONDS: 3600 }]) {
      const plan = webhookBatchPlan(settings);
      const rounds = plan.batchSize / settings.WORKER_CONCURRENCY;
      for (const type of ["policy.modified", "account.disconnected", "ignition.completed"])
        expect(plan.expirySeconds(type) * 1000).toBeGreaterThanOrEqual(
          rounds * longestEventMs(settings, type),
        );
    }
    const plan = webhookBatchPlan(defaults);
    expect(plan.expirySeconds("policy.modified")).toBe(300);
    expect(plan.expirySeconds("account.disconnected")).toBe(600);
    expect(plan.expirySeconds("ignition.completed")).toBe(3600);
  });

  it("keeps one round, and says so, when even one event may outlive the expiry", () => {
    expect(webhookBatchPlan({ ...defaults, WEBHOOK_JOB_EXPIRE_SECONDS: 60 })).toMatchObject({
      batchSize: 4,
      longestEventSeconds: 135,
      fitsInExpiry: false,
    });
  });
});
