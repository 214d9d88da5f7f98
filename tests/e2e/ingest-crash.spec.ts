// A 200 still means durable under group commit. A web process takes a stream of webhook events; one batch's
// transaction is held mid-write (its rows inserted, not committed) while the requests behind it wait for the
// next batch; then the process is SIGKILLed. Every event that got a 200 is stored with its job; the held batch
// and the waiting requests, never answered, left nothing behind; sent again, as Axle would, each is stored once.
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startWeb } from "../../ops/app-processes";
import { findFreePort } from "../../ops/free-port";
import { killNow } from "../../ops/processes";
import { type Stack, startStack } from "../../ops/stack";
import { endStalledSessions, sqlRunner, stallOnce } from "../support/inject-failure";
import { expect, test } from "./support/fixtures";

test.setTimeout(180_000);

const events = 400;
const senders = 16;

test("a web process SIGKILLed with batches in flight: every 200 is stored with its job, nothing else is", async () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "coverwatch-ingest-crash-"));
  const [webPort, twinPort] = [await findFreePort(), await findFreePort()];
  const saved = { ...process.env };
  // No workers anywhere: the stored events and their jobs stay exactly as the route left them.
  Object.assign(process.env, { JOBS_IN_PROCESS: "false" });
  let stack: Stack | undefined;
  let db: pg.Client | undefined;
  try {
    stack = await startStack({
      launcher: { PORT: webPort, AXLE_TWIN_PORT: twinPort, DATABASE_URL: undefined },
      dataDir,
      databaseName: "ingestcrash",
      buildIfStale: false,
      quiet: true,
      log: () => {},
    });
    process.env = saved;
    const env = stack.appEnv;
    const sql = new pg.Client({ connectionString: stack.databaseUrl });
    db = sql;
    await sql.connect();

    const ids = Array.from(
      { length: events },
      (_, index) => `evt_crash_${String(index).padStart(4, "0")}_${randomUUID()}`,
    );
    const held = ids[events / 2] as string;
    const stall = await stallOnce(
      sqlRunner(sql),
      {
        name: "ingest_batch",
        table: "WebhookEvent",
        timing: "BEFORE INSERT",
        when: `(NEW."axleEventId" = '${held}')`,
      },
      stack.databaseUrl,
    );

    const post = (id: string) =>
      fetch(`${stack?.appUrl}/api/webhooks/axle`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          [env.AXLE_WEBHOOK_HEADER ?? ""]: env.AXLE_WEBHOOK_SECRET ?? "",
        },
        body: JSON.stringify({
          id,
          type: "policy.modified",
          createdAt: new Date().toISOString(),
          data: { ref: "pol_x" },
        }),
      });
    const acknowledged = new Set<string>();
    const unanswered = new Set<string>();
    let next = 0;
    const send = async () => {
      while (next < ids.length) {
        const id = ids[next++] as string;
        unanswered.add(id);
        try {
          const response = await post(id);
          if (response.status === 200) acknowledged.add(id);
          unanswered.delete(id);
        } catch {
          return; // the process died under this request: it was never answered
        }
      }
    };
    const sending = Promise.all(Array.from({ length: senders }, send));

    // The held batch is mid-transaction, and every sender waits on an answer: the one held, or the next batch's.
    await expect.poll(() => stall.hasFired(), { timeout: 60_000 }).toBe(true);
    await expect.poll(() => unanswered.size, { timeout: 60_000 }).toBe(senders);
    expect(acknowledged.size).toBeGreaterThan(0);
    await killNow(stack.web.process);
    await sending;
    // PostgreSQL ends the dead process's sessions (here, at once), rolling back the held batch.
    await endStalledSessions(sqlRunner(sql));
    await stall.remove();

    const storedNow = async () =>
      (
        await sql.query<{ axleEventId: string; jobs: string }>(
          `SELECT e."axleEventId", count(j.id) AS jobs
             FROM "WebhookEvent" e LEFT JOIN pgboss.job j ON j.name = 'webhook-events' AND j.data->>'eventId' = e.id
            WHERE e."axleEventId" LIKE 'evt_crash_%' GROUP BY e."axleEventId"`,
        )
      ).rows;
    const jobsWithoutEvent = async () =>
      Number(
        (
          await sql.query<{ count: string }>(
            `SELECT count(*) FROM pgboss.job j WHERE j.name = 'webhook-events'
                AND NOT EXISTS (SELECT 1 FROM "WebhookEvent" e WHERE e.id = j.data->>'eventId')`,
          )
        ).rows[0]?.count,
      );

    const afterCrash = await storedNow();
    // Stored: exactly the acknowledged events, each with one job. Nothing of the held batch, nothing waiting.
    expect(new Set(afterCrash.map((row) => row.axleEventId))).toEqual(acknowledged);
    expect(afterCrash.every((row) => row.jobs === "1")).toBe(true);
    expect(await jobsWithoutEvent()).toBe(0);
    expect([...unanswered]).toContain(held);

    // Axle sends what got no 200 again, and some that did: each event ends stored once, with one job.
    stack.web = await startWeb({ port: webPort, env, quiet: true });
    const again = [...ids.filter((id) => !acknowledged.has(id)), ...[...acknowledged].slice(0, 20)];
    const answers = await Promise.all(again.map(async (id) => ({ id, response: await post(id) })));
    for (const { id, response } of answers) {
      expect(response.status).toBe(200);
      expect((await response.json()).duplicate).toBe(acknowledged.has(id));
    }
    const final = await storedNow();
    expect(final).toHaveLength(events);
    expect(final.every((row) => row.jobs === "1")).toBe(true);
    expect(await jobsWithoutEvent()).toBe(0);
  } catch (error) {
    if (stack) console.log(`--- last output of web ---\n${stack.web.recentOutput().join("\n")}`);
    throw error;
  } finally {
    process.env = saved;
    await db?.end();
    await stack?.web.stop();
    await stack?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
