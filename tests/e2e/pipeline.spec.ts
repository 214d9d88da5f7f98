// The monitoring pipeline under the twin's faults: out-of-order deliveries, flaky reads, an Axle that is
// down (dead letter, then replay), and a webhook that never came (reconcile).
import type pg from "pg";
import { accessTokenForPolicy, triggerPolicyEvent } from "./support/axle-sandbox";
import { connectBorrowerThroughTwin } from "./support/connect-borrower";
import { expect, signIn, test } from "./support/fixtures";
import { setTwinFaults, twinPolicyAction } from "./support/twin-admin";

test.afterEach(async ({ stack }) => setTwinFaults(stack, null));

async function policyEvents(db: pg.Client, policyId: string) {
  return (
    await db.query<{ status: string; attempts: number; lastError: string | null }>(
      'SELECT status, attempts, "lastError" FROM "WebhookEvent" WHERE ref = $1 AND type = $2',
      [policyId, "policy.modified"],
    )
  ).rows;
}

async function currentPremium(db: pg.Client, policyId: string) {
  return (
    await db.query<{ premium: number }>(
      `SELECT (data->>'premium')::float AS premium FROM "Policy" WHERE id = $1`,
      [policyId],
    )
  ).rows[0]?.premium;
}

test("events delivered out of order: the current state is the newest", async ({ stack, db }) => {
  const borrower = await connectBorrowerThroughTwin(stack, db);
  const token = await accessTokenForPolicy(db, stack, borrower.policyId);
  await setTwinFaults(stack, { deliveries: { reorderWindowMs: 400 } });
  for (const premium of [101, 102, 103, 104])
    await triggerPolicyEvent(stack, token, borrower.policyId, { premium });

  await expect
    .poll(async () => (await policyEvents(db, borrower.policyId)).map((event) => event.status), {
      timeout: 20_000,
    })
    .toEqual(Array(4).fill("PROCESSED"));
  expect(await currentPremium(db, borrower.policyId)).toBe(104);
});

test("30% of Axle reads fail and others are slow: every event is processed in the end", async ({
  stack,
  db,
}) => {
  const borrower = await connectBorrowerThroughTwin(stack, db);
  const token = await accessTokenForPolicy(db, stack, borrower.policyId);
  await setTwinFaults(stack, {
    endpoints: {
      "GET /policies/:id": { errorRate: 0.3, errorStatus: 500, latencyMs: 150 },
      "GET /accounts/:id": { errorRate: 0.3, errorStatus: 429, retryAfterSeconds: 1 },
    },
  });
  for (let premium = 201; premium <= 210; premium++)
    await triggerPolicyEvent(stack, token, borrower.policyId, { premium });

  await expect
    .poll(
      async () =>
        (await policyEvents(db, borrower.policyId)).filter((event) => event.status === "PROCESSED").length,
      { timeout: 60_000 },
    )
    .toBe(10);
  expect(await currentPremium(db, borrower.policyId)).toBe(210);
});

test("Axle down for good: events end dead, show on the operations page, and replay once it is back", async ({
  page,
  stack,
  db,
}) => {
  const borrower = await connectBorrowerThroughTwin(stack, db);
  const token = await accessTokenForPolicy(db, stack, borrower.policyId);
  await setTwinFaults(stack, { endpoints: { "GET /policies/:id": { errorRate: 1, errorStatus: 503 } } });
  await triggerPolicyEvent(stack, token, borrower.policyId, { isActive: false });

  await expect
    .poll(async () => (await policyEvents(db, borrower.policyId)).map((event) => event.status), {
      timeout: 45_000,
    })
    .toEqual(["DEAD"]);
  const [dead] = await policyEvents(db, borrower.policyId);
  expect(dead?.attempts).toBe(3);
  expect(dead?.lastError).toContain("Axle was unavailable");

  await signIn(page, stack.admin);
  await page.goto(`/operations?borrower=${borrower.loanReference}&type=policy.modified`);
  const row = page.getByTestId("event-row").filter({ hasText: "policy.modified" });
  await expect(row.getByTestId("event-status")).toHaveText("dead");
  await expect(row.getByTestId("event-error")).toContainText("Axle was unavailable");

  await setTwinFaults(stack, null);
  await row.getByTestId("replay-event").click();
  await expect(row.getByTestId("replay-event-notice")).toHaveText("Queued again.");
  await expect
    .poll(async () => (await policyEvents(db, borrower.policyId)).map((event) => event.status), {
      timeout: 20_000,
    })
    .toEqual(["PROCESSED"]);
  const violations = await db.query(
    'SELECT 1 FROM "Violation" WHERE "policyId" = $1 AND "ruleKey" = $2 AND status = $3',
    [borrower.policyId, "policy-active", "OPEN"],
  );
  expect(violations.rowCount).toBe(1);
});

test("a change whose webhook never came is found by the reconcile job", async ({ page, stack, db }) => {
  const borrower = await connectBorrowerThroughTwin(stack, db);
  await setTwinFaults(stack, { deliveries: { dropRate: 1 } });
  await twinPolicyAction(stack, borrower.policyId, "cancel");
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  expect(await policyEvents(db, borrower.policyId)).toEqual([]);

  await signIn(page, stack.admin);
  await page.goto("/operations");
  const runsBefore = (await db.query('SELECT 1 FROM "ReconcileRun"')).rowCount ?? 0;
  await page.getByTestId("reconcile-now").click();
  await expect(page.getByTestId("reconcile-now-notice")).toContainText("Reconcile queued");
  await expect
    .poll(
      async () => (await db.query('SELECT 1 FROM "ReconcileRun" WHERE "finishedAt" IS NOT NULL')).rowCount,
      { timeout: 30_000 },
    )
    .toBeGreaterThan(runsBefore);

  const run = await db.query<{ findings: { id: string; changes: { field: string }[] }[] }>(
    'SELECT findings FROM "ReconcileRun" WHERE "finishedAt" IS NOT NULL ORDER BY "startedAt" DESC LIMIT 1',
  );
  const finding = run.rows[0]?.findings.find((entry) => entry.id === borrower.policyId);
  expect(finding?.changes.map((change) => change.field)).toEqual(["isActive"]);
  const snapshot = await db.query<{ source: string }>(
    'SELECT source FROM "PolicySnapshot" WHERE "policyId" = $1 ORDER BY "fetchedAt" DESC LIMIT 1',
    [borrower.policyId],
  );
  expect(snapshot.rows[0]?.source).toBe("RECONCILE");
  const violations = await db.query(
    'SELECT 1 FROM "Violation" WHERE "policyId" = $1 AND "ruleKey" = $2 AND status = $3',
    [borrower.policyId, "policy-active", "OPEN"],
  );
  expect(violations.rowCount).toBe(1);
  await page.reload();
  await expect(page.getByTestId("reconcile-run").first()).toContainText(
    /\d+ changes? no event had announced/,
  );
});
