// Group commit on the webhook route, against a real PostgreSQL: concurrent requests share transactions, each
// stored event has its job from the same transaction, duplicates are answered as such, and a batch that fails is
// refused in full, stores nothing, and goes in whole when Axle sends it again.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { failOnce } from "../support/inject-failure";
import { type Harness, startServerHarness } from "../support/server-harness";

let harness: Harness;
let route: typeof import("@/app/api/webhooks/axle/route");

beforeAll(async () => {
  // A window wide enough that the test's concurrent requests meet, however loaded the machine is.
  Object.assign(process.env, { WEBHOOK_BATCH_MAX_WAIT_MS: "20", WEBHOOK_BATCH_MAX_EVENTS: "200" });
  harness = await startServerHarness();
  route = await import("@/app/api/webhooks/axle/route");
});
afterAll(async () => {
  const { stopQueue } = await import("@/lib/server/jobs/queue");
  await stopQueue();
  await harness.close();
});

const envelope = (id: string, type = "bench.noop") => ({
  id,
  type,
  createdAt: new Date().toISOString(),
  data: { ref: "ref_1" },
});

async function post(body: object) {
  const { env } = await import("@/lib/server/env");
  const response = await route.POST(
    new Request("http://coverwatch.test/api/webhooks/axle", {
      method: "POST",
      headers: { "content-type": "application/json", [env.AXLE_WEBHOOK_HEADER]: env.AXLE_WEBHOOK_SECRET },
      body: JSON.stringify(body),
    }),
    undefined,
  );
  return { status: response.status, body: (await response.json()) as { duplicate?: boolean } };
}

/** The stored events with these Axle ids, each with the transaction that wrote it and its jobs' transactions. */
async function stored(axleEventIds: string[]) {
  return harness.db.$queryRawUnsafe<{ axleEventId: string; eventTx: string; jobTxs: string[] }[]>(
    `SELECT e."axleEventId", e.xmin::text AS "eventTx",
            coalesce(array_agg(j.xmin::text) FILTER (WHERE j.id IS NOT NULL), '{}') AS "jobTxs"
       FROM "WebhookEvent" e
       LEFT JOIN pgboss.job j ON j.name = 'webhook-events' AND j.data->>'eventId' = e.id
      WHERE e."axleEventId" = ANY($1::text[])
      GROUP BY e."axleEventId", e.xmin`,
    axleEventIds,
  );
}

describe("group commit", () => {
  it("stores 200 concurrent events with one job each, in far fewer transactions than events", async () => {
    const ids = Array.from({ length: 200 }, () => `evt_group_${randomUUID()}`);
    const answers = await Promise.all(ids.map((id) => post(envelope(id))));
    expect(answers.every((answer) => answer.status === 200 && answer.body.duplicate === false)).toBe(true);

    const rows = await stored(ids);
    expect(rows).toHaveLength(200);
    // Each event has exactly one job, written by the transaction that wrote the event.
    for (const row of rows) expect(row.jobTxs).toEqual([row.eventTx]);
    const transactions = new Set(rows.map((row) => row.eventTx)).size;
    expect(transactions).toBeLessThanOrEqual(20);
  });

  it("answers duplicates within a batch and across batches as duplicates, and stores each event once", async () => {
    const earlier = Array.from({ length: 20 }, () => `evt_dup_${randomUUID()}`);
    for (const answer of await Promise.all(earlier.map((id) => post(envelope(id)))))
      expect(answer).toEqual({ status: 200, body: { received: true, duplicate: false } });

    const fresh = Array.from({ length: 50 }, () => `evt_dup_${randomUUID()}`);
    // Every fresh event twice and every earlier one again, all at once.
    const sent = [...fresh, ...fresh, ...earlier];
    const answers = await Promise.all(sent.map((id) => post(envelope(id))));
    expect(answers.every((answer) => answer.status === 200)).toBe(true);
    const firsts = new Map<string, number>();
    sent.forEach((id, index) => {
      if (answers[index]?.body.duplicate === false) firsts.set(id, (firsts.get(id) ?? 0) + 1);
    });
    // Each fresh event was new to exactly one of its two requests; the earlier ones were new to none.
    expect([...firsts.keys()].sort()).toEqual([...fresh].sort());
    expect([...firsts.values()].every((count) => count === 1)).toBe(true);

    const rows = await stored([...fresh, ...earlier]);
    expect(rows).toHaveLength(70);
    for (const row of rows) expect(row.jobTxs).toEqual([row.eventTx]);
  });

  it("refuses every request of a batch that fails with a 503 and stores none; sent again, all are stored", async () => {
    const ids = Array.from({ length: 30 }, () => `evt_fail_${randomUUID()}`);
    const poisoned = ids[17] as string;
    const failure = await failOnce(harness.db, {
      name: "group_commit",
      table: "WebhookEvent",
      timing: "BEFORE INSERT",
      when: `(NEW."axleEventId" = '${poisoned}')`,
    });
    try {
      const answers = await Promise.all(ids.map((id) => post(envelope(id))));
      expect(await failure.hasFired()).toBe(true);
      // The failed batch held the poisoned event; every request that shared it got a 503, and nothing of it
      // was stored. Which requests shared it depends on when each arrived, so the assertions hold for any split;
      // the 20 ms window makes sure the poisoned event had company.
      const refused = ids.filter((_, index) => answers[index]?.status === 503);
      expect(refused).toContain(poisoned);
      // One bad event refused the others that shared its transaction, not only itself.
      expect(refused.length).toBeGreaterThan(1);
      expect(answers.every((answer) => answer.status === 200 || answer.status === 503)).toBe(true);
      const afterFailure = await stored(ids);
      expect(afterFailure.map((row) => row.axleEventId).filter((id) => refused.includes(id))).toEqual([]);
      expect(answers.find((answer) => answer.status === 503)?.body).toEqual({
        error: { code: "unavailable", message: "The event could not be stored; send it again." },
      });

      // Axle sends the refused ones again: now they are stored, each once, with its job.
      const retried = await Promise.all(refused.map((id) => post(envelope(id))));
      expect(retried.every((answer) => answer.status === 200 && answer.body.duplicate === false)).toBe(true);
      const rows = await stored(ids);
      expect(rows).toHaveLength(30);
      for (const row of rows) expect(row.jobTxs).toEqual([row.eventTx]);
    } finally {
      await failure.remove();
    }
  });

  it("links an event to its borrower in the same statement, and leaves it unlinked for an unknown user", async () => {
    const { borrowerId } = await harness.connectBorrower();
    const [known, unknown] = [`evt_link_${randomUUID()}`, `evt_link_${randomUUID()}`];
    await Promise.all([
      post({ ...envelope(known, "policy.modified"), data: { ref: "p", user: { id: borrowerId } } }),
      post({ ...envelope(unknown, "policy.modified"), data: { ref: "p", user: { id: "not-a-borrower" } } }),
    ]);
    const events = await harness.db.webhookEvent.findMany({
      where: { axleEventId: { in: [known, unknown] } },
      select: { axleEventId: true, borrowerId: true, axleUserId: true },
    });
    expect(events).toHaveLength(2);
    expect(events).toEqual(
      expect.arrayContaining([
        { axleEventId: known, borrowerId, axleUserId: borrowerId },
        { axleEventId: unknown, borrowerId: null, axleUserId: "not-a-borrower" },
      ]),
    );
  });

  it("answers a date the database cannot hold with a 400, before it can fail a batch", async () => {
    const answer = await post({
      ...envelope(`evt_date_${randomUUID()}`),
      createdAt: "-271821-04-20T00:00:00Z",
    });
    expect(answer.status).toBe(400);
  });
});
