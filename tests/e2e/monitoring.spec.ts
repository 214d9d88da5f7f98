// Monitoring after the journey: a violation resolves itself when the carrier reinstates the policy, and events
// for a descoped connection are kept but change nothing.
import { randomUUID } from "node:crypto";
import { accessTokenForPolicy, triggerPolicyEvent } from "./support/axle-sandbox";
import { connectBorrowerThroughTwin } from "./support/connect-borrower";
import { expect, signIn, test } from "./support/fixtures";

test("a cancelled then reinstated policy opens, then resolves, its violation and keeps both in the history", async ({
  page,
  stack,
  db,
}) => {
  const borrower = await connectBorrowerThroughTwin(stack, db);
  const token = await accessTokenForPolicy(db, stack, borrower.policyId);
  const violations = async () =>
    (
      await db.query<{ status: string; resolvedAt: Date | null; liveKey: string | null }>(
        'SELECT status, "resolvedAt", "liveKey" FROM "Violation" WHERE "policyId" = $1',
        [borrower.policyId],
      )
    ).rows;

  await triggerPolicyEvent(stack, token, borrower.policyId, { isActive: false });
  await expect.poll(async () => (await violations()).map((v) => v.status)).toEqual(["OPEN"]);

  await triggerPolicyEvent(stack, token, borrower.policyId, { isActive: true });
  await expect.poll(async () => (await violations()).map((v) => v.status)).toEqual(["RESOLVED"]);
  const [resolved] = await violations();
  expect(resolved?.resolvedAt).toBeInstanceOf(Date);
  expect(resolved?.liveKey).toBeNull();

  const audit = await db.query<{ action: string }>(
    `SELECT action FROM "AuditLog" WHERE details->>'policyId' = $1 AND action LIKE 'violation.%' ORDER BY id`,
    [borrower.policyId],
  );
  expect(audit.rows.map((row) => row.action)).toEqual(["violation.opened", "violation.resolved"]);

  await signIn(page, stack.admin);
  await page.goto(`/borrowers/${borrower.borrowerId}`);
  await expect(page.getByTestId("no-open-violations")).toBeVisible();
  await page.getByText("History (1 resolved)").click();
  await expect(page.getByTestId("resolved-violation")).toContainText("Policy active");
  await expect(page.getByTestId("policy-row").getByTestId("policy-status")).toHaveText("Active");
});

test("an event for a descoped connection is stored and ignored", async ({ request, stack, db }) => {
  const borrower = await connectBorrowerThroughTwin(stack, db);
  await db.query(
    'UPDATE "AxleConnection" SET "isMonitoring" = false, "descopedAt" = now() WHERE "borrowerId" = $1',
    [borrower.borrowerId],
  );
  const snapshotsBefore = await db.query('SELECT 1 FROM "PolicySnapshot" WHERE "policyId" = $1', [
    borrower.policyId,
  ]);

  const id = `evt_${randomUUID()}`;
  const response = await request.post("/api/webhooks/axle", {
    headers: { [stack.webhook.header]: stack.webhook.secret },
    data: {
      id,
      type: "policy.modified",
      createdAt: new Date().toISOString(),
      data: { ref: borrower.policyId, account: borrower.accountId, user: { id: borrower.borrowerId } },
    },
  });
  expect(response.status()).toBe(200);
  await expect
    .poll(
      async () =>
        (
          await db.query<{ status: string; statusNote: string }>(
            'SELECT status, "statusNote" FROM "WebhookEvent" WHERE "axleEventId" = $1',
            [id],
          )
        ).rows[0],
    )
    .toEqual({ status: "IGNORED", statusNote: "connection descoped" });
  const snapshotsAfter = await db.query('SELECT 1 FROM "PolicySnapshot" WHERE "policyId" = $1', [
    borrower.policyId,
  ]);
  expect(snapshotsAfter.rowCount).toBe(snapshotsBefore.rowCount);
});
