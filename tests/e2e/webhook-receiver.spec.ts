// The webhook receiver against bad input, over real HTTP: nothing is stored unless the request is genuine and
// well-formed, and a redelivered event is acknowledged and processed once.
import { randomUUID } from "node:crypto";
import type pg from "pg";
import { connectBorrowerThroughTwin } from "./support/connect-borrower";
import { expect, test } from "./support/fixtures";

const path = "/api/webhooks/axle";

function event(overrides: Record<string, unknown> = {}) {
  return {
    id: `evt_${randomUUID()}`,
    type: "policy.modified",
    createdAt: new Date().toISOString(),
    data: { ref: "pol_unknown", user: { id: "nobody" } },
    ...overrides,
  };
}

/** The stored status of an event by Axle's id, or undefined when nothing was stored. */
async function storedStatus(db: pg.Client, axleEventId: string): Promise<string | undefined> {
  const result = await db.query<{ status: string }>(
    'SELECT status FROM "WebhookEvent" WHERE "axleEventId" = $1',
    [axleEventId],
  );
  return result.rows[0]?.status;
}

test.describe("POST /api/webhooks/axle", () => {
  test("refuses a missing or wrong secret with 401 and stores nothing", async ({ request, stack, db }) => {
    const body = event();
    const attempts = [
      {},
      { [stack.webhook.header]: "wrong" },
      { [stack.webhook.header]: `${stack.webhook.secret}x` },
      { [stack.webhook.header]: stack.webhook.secret.slice(0, -1) },
      { "x-some-other-header": stack.webhook.secret },
    ];
    for (const headers of attempts) {
      const response = await request.post(path, { data: body, headers });
      expect(response.status()).toBe(401);
    }
    expect(await storedStatus(db, body.id)).toBeUndefined();
  });

  test("answers 400 to malformed JSON or a body that is not an event envelope", async ({
    request,
    stack,
    db,
  }) => {
    const headers = { [stack.webhook.header]: stack.webhook.secret, "content-type": "application/json" };
    const before = await db.query<{ count: string }>('SELECT count(*) FROM "WebhookEvent"');
    for (const data of [
      '{"id": "evt_1", "type": ',
      "[]",
      '{"type": "policy.modified"}',
      '{"id": "evt_2"}',
      '{"id": 5, "type": "policy.modified"}',
      "",
      // PostgreSQL text cannot hold a NUL: refused with a clear 400 instead of failing the insert (a 500 that
      // Axle would retry forever).
      JSON.stringify(event({ id: "evt_\u0000" })),
      JSON.stringify(event({ type: "policy.\u0000modified" })),
      JSON.stringify(event({ data: { ref: "pol_\u0000" } })),
      JSON.stringify(event({ data: { ref: "pol_1", user: { id: "\u0000" } } })),
    ]) {
      const response = await request.post(path, { data, headers });
      expect(response.status(), data).toBe(400);
      expect((await response.json()).error.code).toBe("bad_request");
    }
    const after = await db.query<{ count: string }>('SELECT count(*) FROM "WebhookEvent"');
    expect(after.rows[0]?.count).toBe(before.rows[0]?.count);
  });

  test("answers 413 to an oversized body and stores nothing", async ({ request, stack, db }) => {
    const body = event({ padding: "x".repeat(Number(process.env.E2E_WEBHOOK_MAX_BODY_BYTES) + 1) });
    const response = await request.post(path, {
      data: body,
      headers: { [stack.webhook.header]: stack.webhook.secret },
    });
    expect(response.status()).toBe(413);
    expect(await storedStatus(db, body.id)).toBeUndefined();
  });

  test("stores an unknown event type and marks it ignored rather than refusing it", async ({
    request,
    stack,
    db,
  }) => {
    const body = event({ type: "policy-update.request-succeeded" });
    const response = await request.post(path, {
      data: body,
      headers: { [stack.webhook.header]: stack.webhook.secret },
    });
    expect(response.status()).toBe(200);
    await expect.poll(() => storedStatus(db, body.id)).toBe("IGNORED");
  });

  test("acknowledges a redelivered event, sequentially and concurrently, and processes it once", async ({
    request,
    stack,
    db,
  }) => {
    const borrower = await connectBorrowerThroughTwin(stack, db);
    const headers = { [stack.webhook.header]: stack.webhook.secret };
    const body = event({
      data: { ref: borrower.policyId, account: borrower.accountId, user: { id: borrower.borrowerId } },
    });

    const first = await request.post(path, { data: body, headers });
    expect(first.status()).toBe(200);
    expect(await first.json()).toEqual({ received: true, duplicate: false });
    const second = await request.post(path, { data: body, headers });
    expect(await second.json()).toEqual({ received: true, duplicate: true });

    const concurrent = await Promise.all(
      Array.from({ length: 20 }, () => request.post(path, { data: body, headers })),
    );
    expect(concurrent.map((response) => response.status())).toEqual(Array(20).fill(200));

    await expect.poll(() => storedStatus(db, body.id)).toBe("PROCESSED");
    const rows = await db.query<{ id: string; attempts: number; borrowerId: string }>(
      'SELECT id, attempts, "borrowerId" FROM "WebhookEvent" WHERE "axleEventId" = $1',
      [body.id],
    );
    expect(rows.rows).toHaveLength(1);
    expect(rows.rows[0]).toMatchObject({ attempts: 1, borrowerId: borrower.borrowerId });
    const snapshots = await db.query('SELECT id FROM "PolicySnapshot" WHERE "eventId" = $1', [
      rows.rows[0]?.id,
    ]);
    expect(snapshots.rowCount).toBe(1);
    const evaluations = await db.query('SELECT 1 FROM "Evaluation" WHERE "snapshotId" = $1', [
      snapshots.rows[0]?.id,
    ]);
    expect(evaluations.rowCount).toBe(1);
  });
});
