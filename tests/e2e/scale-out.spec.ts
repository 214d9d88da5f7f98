// Scale-out and crash safety, on a cluster of its own: two web processes and two queue workers against one
// PostgreSQL take a burst of 1,000 webhook events; halfway through, every web and worker process is killed
// with SIGKILL and started again. Every event that got a 200 must end processed exactly once.
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startWeb, startWorker } from "../../ops/app-processes";
import { findFreePort } from "../../ops/free-port";
import { type Child, killNow } from "../../ops/processes";
import { type Stack as Cluster, startStack } from "../../ops/stack";
import { type ConnectedBorrower, connectBorrowerThroughTwin } from "./support/connect-borrower";
import { expect, test } from "./support/fixtures";

test.setTimeout(300_000);

const events = 1000;
const killAfter = 450;

test("two web and two worker processes, SIGKILLed mid-burst: every acknowledged event processed exactly once", async () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "coverwatch-cluster-"));
  const [webPort, secondWebPort, twinPort] = [
    await findFreePort(),
    await findFreePort(),
    await findFreePort(),
  ];
  const settings = {
    JOBS_IN_PROCESS: "false",
    WEBHOOK_JOB_EXPIRE_SECONDS: "8",
    QUEUE_MAINTENANCE_SECONDS: "2",
    WORKER_CONCURRENCY: "4",
  };
  const saved = { ...process.env };
  Object.assign(process.env, settings);
  let cluster: Cluster | undefined;
  let extra: Child[] = [];
  try {
    cluster = await startStack({
      launcher: { PORT: webPort, AXLE_TWIN_PORT: twinPort, DATABASE_URL: undefined },
      dataDir,
      databaseName: "cluster",
      // The global setup built the app; a rebuild here would swap the files under the running web server.
      buildIfStale: false,
      quiet: true,
      log: () => {},
    });
    process.env = saved;
    const env = cluster.appEnv;
    const startApp = async () => [
      await startWeb({ name: "web-2", port: secondWebPort, env, quiet: true }),
      startWorker({ name: "worker-1", env, quiet: true }),
      startWorker({ name: "worker-2", env, quiet: true }),
    ];
    extra = await startApp();

    const client = new pg.Client({ connectionString: cluster.databaseUrl });
    await client.connect();
    const stack = {
      appUrl: cluster.appUrl,
      twinUrl: cluster.twinUrl ?? "",
      databaseUrl: cluster.databaseUrl,
      admin: { email: "", password: "" },
      webhook: { header: env.AXLE_WEBHOOK_HEADER ?? "", secret: env.AXLE_WEBHOOK_SECRET ?? "" },
      axleClient: { id: env.AXLE_CLIENT_ID ?? "", secret: env.AXLE_CLIENT_SECRET ?? "" },
      tokenEncryptionKey: env.TOKEN_ENCRYPTION_KEY ?? "",
      nextAuthSecret: env.NEXTAUTH_SECRET ?? "",
    };
    const borrowers: ConnectedBorrower[] = [];
    for (let i = 0; i < 4; i++) borrowers.push(await connectBorrowerThroughTwin(stack, client));

    // The burst, as Axle would send it: each event until it gets a 200 (a refused or broken connection is retried).
    const bodies = Array.from({ length: events }, (_, index) => {
      const borrower = borrowers[index % borrowers.length] as (typeof borrowers)[number];
      return {
        id: `evt_burst_${randomUUID()}`,
        type: "policy.modified",
        createdAt: new Date().toISOString(),
        data: { ref: borrower.policyId, account: borrower.accountId, user: { id: borrower.borrowerId } },
      };
    });
    const acknowledged = new Set<string>();
    let crashed = false;
    const crashAndRestart = async () => {
      crashed = true;
      await Promise.all([cluster?.web, ...extra].map((child) => child && killNow(child.process)));
      if (cluster) cluster.web = await startWeb({ port: webPort, env, quiet: true });
      extra = await startApp();
    };
    let next = 0;
    let restarting: Promise<void> | null = null;
    const send = async () => {
      while (next < bodies.length) {
        const body = bodies[next++] as (typeof bodies)[number];
        const port = next % 2 === 0 ? webPort : secondWebPort;
        for (;;) {
          if (restarting) await restarting;
          try {
            const response = await fetch(`http://127.0.0.1:${port}/api/webhooks/axle`, {
              method: "POST",
              headers: { "content-type": "application/json", [stack.webhook.header]: stack.webhook.secret },
              body: JSON.stringify(body),
              signal: AbortSignal.timeout(10_000),
            });
            if (response.status === 200) {
              acknowledged.add(body.id);
              break;
            }
          } catch {
            // connection refused or reset: the process is down; try again, as Axle would
          }
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
        if (!crashed && acknowledged.size >= killAfter)
          restarting ??= crashAndRestart().finally(() => (restarting = null));
      }
    };
    await Promise.all(Array.from({ length: 16 }, send));
    expect(crashed).toBe(true);
    expect(acknowledged.size).toBe(events);

    // By status, so that a burst that does not drain says where its events are stuck.
    const statuses = async () =>
      Object.fromEntries(
        (
          await client.query<{ status: string; count: string }>(
            `SELECT status, count(*) FROM "WebhookEvent" WHERE "axleEventId" LIKE 'evt_burst_%' GROUP BY status`,
          )
        ).rows.map((row) => [row.status, Number(row.count)]),
      );
    await expect.poll(statuses, { timeout: 180_000, intervals: [1_000] }).toEqual({ PROCESSED: events });

    const rows = await client.query<{ axleEventId: string; id: string }>(
      `SELECT "axleEventId", id FROM "WebhookEvent" WHERE "axleEventId" LIKE 'evt_burst_%'`,
    );
    expect(rows.rows.length).toBe(events);
    expect(new Set(rows.rows.map((row) => row.axleEventId))).toEqual(acknowledged);
    const snapshots = await client.query<{ count: string; events: string }>(
      `SELECT count(*) AS count, count(DISTINCT s."eventId") AS events FROM "PolicySnapshot" s JOIN "WebhookEvent" e ON e.id = s."eventId" WHERE e."axleEventId" LIKE 'evt_burst_%'`,
    );
    expect(snapshots.rows[0]).toEqual({ count: String(events), events: String(events) });
    // Every snapshot that became current has exactly one evaluation: none skipped by a retry, none doubled.
    const evaluations = await client.query<{ evaluations: string; snapshots: string }>(
      `SELECT count(ev.id) AS evaluations, count(DISTINCT s.id) AS snapshots
         FROM "PolicySnapshot" s
         JOIN "WebhookEvent" e ON e.id = s."eventId"
         LEFT JOIN "Evaluation" ev ON ev."snapshotId" = s.id
        WHERE e."axleEventId" LIKE 'evt_burst_%' AND NOT s."isOutOfOrder"`,
    );
    const evaluated = evaluations.rows[0];
    expect(Number(evaluated?.snapshots)).toBeGreaterThan(0);
    expect(evaluated?.evaluations).toBe(evaluated?.snapshots);
    const unevaluated = await client.query(
      `SELECT s.id FROM "PolicySnapshot" s JOIN "WebhookEvent" e ON e.id = s."eventId"
        WHERE e."axleEventId" LIKE 'evt_burst_%' AND NOT s."isOutOfOrder"
          AND NOT EXISTS (SELECT 1 FROM "Evaluation" ev WHERE ev."snapshotId" = s.id)`,
    );
    expect(unevaluated.rowCount).toBe(0);
    await client.end();
  } catch (error) {
    // The processes run quiet; when the test fails, their last words say why.
    for (const child of [cluster?.web, ...extra])
      if (child) console.log(`--- last output of ${child.name} ---\n${child.recentOutput().join("\n")}`);
    throw error;
  } finally {
    process.env = saved;
    for (const child of extra) await child.stop();
    // The stack stops what it started; a web process started after the crash is stopped here.
    await cluster?.web.stop();
    await cluster?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
