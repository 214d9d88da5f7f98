// A real worker process (`cli/worker.ts`) SIGKILLed in the middle of an event, at two places: inside the
// transaction that snapshots and evaluates a policy, and between a disconnection's committed snapshot and the
// automatic request to reconnect. Another worker takes the event over when its job expires, and every step ends
// done exactly once.
import { afterAll, beforeAll, expect, it } from "vitest";
import { accountActions, policyActions, runAction } from "../../axle-twin/src/actions";
import { startWorker } from "../../ops/app-processes";
import { type Child, killNow } from "../../ops/processes";
import { endStalledSessions, stallOnce } from "../support/inject-failure";
import { type Harness, startServerHarness } from "../support/server-harness";

let harness: Harness;
let worker: Child | undefined;

beforeAll(async () => {
  // Read by this process (which creates the queue) and by the workers: a dead worker's job expires in 5 s.
  Object.assign(process.env, {
    WEBHOOK_JOB_EXPIRE_SECONDS: "5",
    WEBHOOK_RETRY_DELAY_SECONDS: "1",
    QUEUE_MAINTENANCE_SECONDS: "1",
    WORKER_CONCURRENCY: "1",
  });
  harness = await startServerHarness();
});
afterAll(async () => {
  await worker?.stop();
  const { stopQueue } = await import("@/lib/server/jobs/queue");
  await stopQueue();
  await harness.close();
});

const startTheWorker = () => startWorker({ name: "worker", env: process.env, quiet: true });

/** Posts the event through the webhook's receive half: stored with its job, as a 200 promises. */
async function postEvent(type: string, data: Record<string, unknown>) {
  const { receiveWebhook } = await import("@/lib/server/webhooks/receive-webhook");
  const { env } = await import("@/lib/server/env");
  const body = { id: `evt_${crypto.randomUUID()}`, type, createdAt: new Date().toISOString(), data };
  const { eventId } = await receiveWebhook(
    new Request("http://coverwatch.test/api/webhooks/axle", {
      method: "POST",
      headers: { "content-type": "application/json", [env.AXLE_WEBHOOK_HEADER]: env.AXLE_WEBHOOK_SECRET },
      body: JSON.stringify(body),
    }),
  );
  return eventId;
}

/** Kills the worker where it stalled; PostgreSQL then ends its session, rolling back what was open. */
async function killWorkerAt(stall: Awaited<ReturnType<typeof stallOnce>>) {
  await expect.poll(() => stall.hasFired(), { timeout: 60_000 }).toBe(true);
  if (worker) await killNow(worker.process);
  await endStalledSessions(harness.db);
  await stall.remove();
}

const statusOf = async (eventId: string) =>
  (await harness.db.webhookEvent.findUniqueOrThrow({ where: { id: eventId } })).status;

it("a worker killed mid-event leaves nothing half-done: the next worker completes every step once", async () => {
  const { saveProfile } = await import("@/lib/server/profiles/save-profile");
  const { assignProfile } = await import("@/lib/server/profiles/assign-profile");
  const profile = await saveProfile({
    input: {
      name: "Ask on disconnection",
      rules: [
        { ruleKey: "policy-active", severity: "CRITICAL", input: {} },
        { ruleKey: "account-connected", severity: "HIGH", input: {} },
      ],
      reminderDays: [],
      autoOutreach: true,
    },
    actor: harness.admin,
  });
  const borrower = await harness.connectBorrower();
  await assignProfile({
    borrowerId: borrower.borrowerId,
    profileId: profile.profileId,
    actor: harness.admin,
  });
  const { accountId } = await harness.db.axleConnection.findUniqueOrThrow({
    where: { id: borrower.connectionId },
  });

  // 1. Killed inside the policy's transaction, as it writes the evaluation: none of it may remain.
  runAction(policyActions, "cancel", harness.twin.context, borrower.policyId);
  const inEvaluation = await stallOnce(harness.db, {
    name: "kill_evaluation",
    table: "Evaluation",
    timing: "BEFORE INSERT",
  });
  const policyEvent = await postEvent("policy.modified", { ref: borrower.policyId, account: accountId });
  worker = startTheWorker();
  await killWorkerAt(inEvaluation);
  expect(await harness.db.policySnapshot.count({ where: { eventId: policyEvent } })).toBe(0);
  expect(await statusOf(policyEvent)).toBe("PROCESSING");

  worker = startTheWorker();
  await expect.poll(() => statusOf(policyEvent), { timeout: 60_000 }).toBe("PROCESSED");
  const snapshots = await harness.db.policySnapshot.findMany({ where: { eventId: policyEvent } });
  expect(snapshots).toHaveLength(1);
  expect(await harness.db.evaluation.count({ where: { snapshotId: snapshots[0]?.id } })).toBe(1);
  expect(
    await harness.db.violation.count({ where: { policyId: borrower.policyId, ruleKey: "policy-active" } }),
  ).toBe(1);

  // 2. Killed after the disconnection's snapshot committed, before the request to reconnect did.
  runAction(accountActions, "expire-credentials", harness.twin.context, accountId);
  const evaluationsBefore = await harness.db.evaluation.count({ where: { policyId: borrower.policyId } });
  const inOutreach = await stallOnce(harness.db, {
    name: "kill_outreach",
    table: "Outreach",
    timing: "BEFORE INSERT",
  });
  const disconnection = await postEvent("account.disconnected", {
    ref: accountId,
    status: "credentials-expired",
  });
  await killWorkerAt(inOutreach);
  expect(await harness.db.accountSnapshot.count({ where: { eventId: disconnection } })).toBe(1);
  expect(await harness.db.outreach.count({ where: { borrowerId: borrower.borrowerId } })).toBe(0);

  worker = startTheWorker();
  await expect.poll(() => statusOf(disconnection), { timeout: 60_000 }).toBe("PROCESSED");
  expect(await harness.db.accountSnapshot.count({ where: { eventId: disconnection } })).toBe(1);
  expect(await harness.db.evaluation.count({ where: { policyId: borrower.policyId } })).toBe(
    evaluationsBefore + 1,
  );
  const outreach = await harness.db.outreach.findMany({ where: { borrowerId: borrower.borrowerId } });
  expect(outreach).toHaveLength(1);
  expect(outreach[0]).toMatchObject({ reason: "credentials-expired", connectionId: borrower.connectionId });
  // The killed attempt's Ignition session was never recorded: one from connecting, one for the request.
  expect(await harness.db.ignitionSession.count({ where: { borrowerId: borrower.borrowerId } })).toBe(2);
  const emailId = outreach[0]?.emailId ?? "";
  const jobs = await harness.db.$queryRaw<{ count: bigint }[]>`
    SELECT count(*) FROM pgboss.job WHERE name = 'send-email' AND data->>'emailId' = ${emailId}`;
  expect(Number(jobs[0]?.count)).toBe(1);
}, 180_000);
