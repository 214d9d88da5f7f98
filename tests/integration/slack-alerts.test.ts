// Slack alerts against a real PostgreSQL, the twin, real pg-boss workers and a Slack stand-in: a node:http
// receiver started here on 127.0.0.1 (nothing leaves the machine). A violation that opens reaches each enabled
// channel whose threshold it meets, once, as Block Kit with a link to the record; a webhook answering 500 is
// tried again and the delivery ends sent; the webhook URL is stored only encrypted, and never written back.
import { randomBytes } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { policyActions, runAction } from "../../axle-twin/src/actions";
import { type HttpReceiver, startHttpReceiver } from "../support/http-receiver";
import { type Harness, startServerHarness } from "../support/server-harness";

type Severity = "LOW" | "MEDIUM" | "HIGH" | "CRITICAL";

let harness: Harness;
let receiver: HttpReceiver;
const profiles = new Map<Severity, string>();

beforeAll(async () => {
  receiver = await startHttpReceiver();
  harness = await startServerHarness();
  const { getQueue, queueNames } = await import("@/lib/server/jobs/queue");
  const { startWorkers } = await import("@/lib/server/jobs/workers");
  // The queue's first retry waits 30 to 60 s; a second here keeps the test short and changes nothing else.
  const boss = await getQueue();
  await boss.updateQueue(queueNames.slackDelivery, { name: queueNames.slackDelivery, retryDelay: 1 });
  await startWorkers();
  const { saveProfile } = await import("@/lib/server/profiles/save-profile");
  for (const severity of ["MEDIUM", "HIGH"] as const) {
    const { profileId } = await saveProfile({
      input: {
        name: `Active policy, ${severity}`,
        rules: [{ ruleKey: "policy-active", severity, input: {} }],
        reminderDays: [],
        autoOutreach: false,
      },
      actor: harness.admin,
    });
    profiles.set(severity, profileId);
  }
});

// Each test hears only from its own channels.
afterEach(async () => {
  await harness.db.slackChannel.deleteMany();
});

afterAll(async () => {
  const { stopWorkers } = await import("@/lib/server/jobs/workers");
  await stopWorkers();
  await harness.close();
  await receiver.close();
});

/** A channel added as an admin adds one, pointing at its own path on the receiver. */
async function addChannel(minSeverity: Severity) {
  const { createSlackChannel } = await import("@/lib/server/slack/create-slack-channel");
  const path = `/services/T0TEST/B0TEST/${randomBytes(12).toString("hex")}`;
  const webhookUrl = `${receiver.url}${path}`;
  const channel = await createSlackChannel({
    input: { name: `#alerts-${minSeverity.toLowerCase()}`, webhookUrl, minSeverity },
    actor: harness.admin,
  });
  return { ...channel, path, webhookUrl };
}

/** A borrower under a profile whose one rule has this severity, whose policy is then cancelled at the carrier. */
async function openViolation(severity: "MEDIUM" | "HIGH") {
  const { assignProfile } = await import("@/lib/server/profiles/assign-profile");
  const borrower = await harness.connectBorrower();
  await assignProfile({
    borrowerId: borrower.borrowerId,
    profileId: profiles.get(severity) ?? null,
    actor: harness.admin,
  });
  runAction(policyActions, "cancel", harness.twin.context, borrower.policyId);
  await harness.deliverEvent("policy.modified", { ref: borrower.policyId });
  const violation = await harness.db.violation.findFirstOrThrow({
    where: { policyId: borrower.policyId, ruleKey: "policy-active", status: "OPEN" },
  });
  expect(violation.severity).toBe(severity);
  const recordUrl = `${process.env.APP_URL}/borrowers/${borrower.borrowerId}`;
  return { ...borrower, violationId: violation.id, recordUrl };
}

/** What reached a channel about one borrower's record. */
function messagesAbout(path: string, recordUrl: string) {
  return receiver.requestsTo(path).filter((request) => request.raw.includes(recordUrl));
}

/** Waits until the violation-opened job has run (whatever it decided). */
async function violationOpenedJobDone(violationId: string) {
  await expect
    .poll(
      async () => {
        const rows = await harness.db.$queryRaw<{ state: string }[]>`
          SELECT state::text FROM pgboss.job
          WHERE name = 'violation-opened' AND data->>'violationId' = ${violationId}`;
        return rows.map((row) => row.state);
      },
      { timeout: 20_000 },
    )
    .toEqual(["completed"]);
}

async function deliveriesOf(violationId: string) {
  return harness.db.slackDelivery.findMany({ where: { violationId } });
}

describe("a violation that opens", () => {
  it("reaches a HIGH channel once, as Block Kit linking to the record; a MEDIUM one reaches it not", async () => {
    const channel = await addChannel("HIGH");
    const disabled = await addChannel("LOW");
    const { setSlackChannelEnabled } = await import("@/lib/server/slack/set-slack-channel-enabled");
    await setSlackChannelEnabled({ channelId: disabled.id, isEnabled: false, actor: harness.admin });

    const medium = await openViolation("MEDIUM");
    const high = await openViolation("HIGH");

    await expect.poll(() => messagesAbout(channel.path, high.recordUrl).length, { timeout: 20_000 }).toBe(1);
    const [message] = messagesAbout(channel.path, high.recordUrl);
    expect(message?.contentType).toMatch(/^application\/json/);
    const body = message?.body;
    expect(body?.blocks?.[0]).toEqual({
      type: "header",
      text: { type: "plain_text", text: "High: Policy active" },
    });
    expect(body?.blocks).toContainEqual({
      type: "section",
      fields: [
        { type: "mrkdwn", text: "*Borrower*\nCasey Harness" },
        { type: "mrkdwn", text: expect.stringMatching(/^\*Loan reference\*\nLN-[0-9a-f]{8}$/) },
      ],
    });
    expect(body?.blocks).toContainEqual({
      type: "actions",
      elements: [
        {
          type: "button",
          text: { type: "plain_text", text: "Open the record" },
          url: high.recordUrl,
          action_id: "open-record",
        },
      ],
    });
    expect(body?.text).toMatch(/^High violation: Policy active\. .+ Borrower: Casey Harness \(loan LN-/);
    expect(body?.text).toContain(high.recordUrl);

    await expect
      .poll(async () => (await deliveriesOf(high.violationId)).map((row) => [row.channelId, row.status]))
      .toEqual([[channel.id, "SENT"]]);
    const [sent] = await deliveriesOf(high.violationId);
    expect(sent).toMatchObject({ kind: "VIOLATION", attempts: 1, lastHttpStatus: 200, lastError: null });
    expect(sent?.sentAt).not.toBeNull();

    // The medium violation was considered and recorded nothing: no delivery, so no job and no message.
    await violationOpenedJobDone(medium.violationId);
    expect(await deliveriesOf(medium.violationId)).toEqual([]);
    expect(messagesAbout(channel.path, medium.recordUrl)).toEqual([]);
    // The disabled channel heard about neither.
    expect(receiver.requestsTo(disabled.path)).toEqual([]);
  });

  it("records one delivery and one job however often its violation-opened job runs", async () => {
    const { runViolationOpenedJob } = await import("@/lib/server/alerts/violation-opened");
    const channel = await addChannel("MEDIUM");
    const high = await openViolation("HIGH");

    // The worker runs the job once; a retry after a lost acknowledgement (twice, and at the same time) adds nothing.
    await violationOpenedJobDone(high.violationId);
    await Promise.all([
      runViolationOpenedJob({ violationId: high.violationId }),
      runViolationOpenedJob({ violationId: high.violationId }),
    ]);

    const deliveries = await deliveriesOf(high.violationId);
    expect(deliveries.map((row) => row.channelId)).toEqual([channel.id]);
    const jobs = await harness.db.$queryRaw<{ count: number }[]>`
      SELECT count(*)::int AS count FROM pgboss.job
      WHERE name = 'slack-delivery' AND data->>'deliveryId' = ${deliveries[0]?.id}`;
    expect(jobs[0]?.count).toBe(1);
    await expect
      .poll(async () => (await deliveriesOf(high.violationId))[0]?.status, { timeout: 20_000 })
      .toBe("SENT");
    expect(messagesAbout(channel.path, high.recordUrl)).toHaveLength(1);
  });
});

describe("the slack-delivery job", () => {
  it("tries again after a 500, and the delivery ends sent with two attempts", async () => {
    const channel = await addChannel("HIGH");
    receiver.answer(channel.path, { status: 500, body: "internal_error" });
    const high = await openViolation("HIGH");

    await expect
      .poll(async () => (await deliveriesOf(high.violationId))[0]?.status, { timeout: 30_000 })
      .toBe("SENT");
    const [delivery] = await deliveriesOf(high.violationId);
    expect(delivery).toMatchObject({ attempts: 2, lastHttpStatus: 200, lastError: null });
    const requests = messagesAbout(channel.path, high.recordUrl);
    expect(requests.map((request) => request.status)).toEqual([500, 200]);
    // The retry posts the very message the first attempt did.
    expect(requests[1]?.raw).toBe(requests[0]?.raw);
  });

  /** A delivery recorded by hand, with no job: each run below is the only one. */
  async function recordTestDelivery(channelId: string) {
    return harness.db.slackDelivery.create({
      data: { channelId, kind: "TEST", payload: { text: "Test message", blocks: [] } },
      select: { id: true },
    });
  }

  it("throws to be retried while attempts remain, and ends failed after the last one", async () => {
    const { runSlackDeliveryJob } = await import("@/lib/server/slack/slack-delivery-job");
    const channel = await addChannel("HIGH");
    receiver.answer(channel.path, { status: 503, body: "service unavailable" }, { status: 500 });
    const { id } = await recordTestDelivery(channel.id);

    await expect(runSlackDeliveryJob({ deliveryId: id }, { isFinalAttempt: false })).rejects.toThrow(
      /not sent \(attempt 1\): service unavailable/,
    );
    expect(await harness.db.slackDelivery.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "PENDING",
      attempts: 1,
      lastHttpStatus: 503,
      lastError: "service unavailable",
    });
    expect(await runSlackDeliveryJob({ deliveryId: id }, { isFinalAttempt: true })).toBe("FAILED");
    expect(await harness.db.slackDelivery.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "FAILED",
      attempts: 2,
      lastHttpStatus: 500,
      lastError: "HTTP 500 with no explanation",
      sentAt: null,
    });
    // A failed delivery is not tried again by a late run.
    expect(await runSlackDeliveryJob({ deliveryId: id }, { isFinalAttempt: true })).toBe("FAILED");
    expect(receiver.requestsTo(channel.path)).toHaveLength(2);
  });

  it("fails at once on a refusal that will not change (Slack's 404 no_service)", async () => {
    const { runSlackDeliveryJob } = await import("@/lib/server/slack/slack-delivery-job");
    const channel = await addChannel("HIGH");
    receiver.answer(channel.path, { status: 404, body: "no_service" });
    const { id } = await recordTestDelivery(channel.id);

    expect(await runSlackDeliveryJob({ deliveryId: id }, { isFinalAttempt: false })).toBe("FAILED");
    expect(await harness.db.slackDelivery.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "FAILED",
      attempts: 1,
      lastHttpStatus: 404,
      lastError: "no_service",
    });
  });

  it("never posts a delivery already sent, nor one of a disabled or deleted channel", async () => {
    const { runSlackDeliveryJob } = await import("@/lib/server/slack/slack-delivery-job");
    const { setSlackChannelEnabled } = await import("@/lib/server/slack/set-slack-channel-enabled");
    const { deleteSlackChannel } = await import("@/lib/server/slack/delete-slack-channel");

    const channel = await addChannel("HIGH");
    const sent = await recordTestDelivery(channel.id);
    expect(await runSlackDeliveryJob({ deliveryId: sent.id }, { isFinalAttempt: false })).toBe("SENT");
    expect(await runSlackDeliveryJob({ deliveryId: sent.id }, { isFinalAttempt: false })).toBe("SENT");
    expect(receiver.requestsTo(channel.path)).toHaveLength(1);

    const waiting = await recordTestDelivery(channel.id);
    await setSlackChannelEnabled({ channelId: channel.id, isEnabled: false, actor: harness.admin });
    expect(await runSlackDeliveryJob({ deliveryId: waiting.id }, { isFinalAttempt: false })).toBe("SKIPPED");
    expect(await harness.db.slackDelivery.findUniqueOrThrow({ where: { id: waiting.id } })).toMatchObject({
      status: "SKIPPED",
      attempts: 0,
      lastError: "Not sent: the channel was disabled.",
    });

    const other = await addChannel("HIGH");
    const orphan = await recordTestDelivery(other.id);
    await deleteSlackChannel({ channelId: other.id, actor: harness.admin });
    expect(await runSlackDeliveryJob({ deliveryId: orphan.id }, { isFinalAttempt: false })).toBeNull();
    expect(receiver.requestsTo(channel.path)).toHaveLength(1);
    expect(receiver.requestsTo(other.path)).toEqual([]);
  });
});

describe("the webhook URL", () => {
  it("that no longer decrypts (the key changed) fails its delivery at once, saying what to do", async () => {
    const { runSlackDeliveryJob } = await import("@/lib/server/slack/slack-delivery-job");
    const { encryptWithKey } = await import("@/lib/crypto/token-cipher");
    const channel = await addChannel("HIGH");
    await harness.db.slackChannel.update({
      where: { id: channel.id },
      data: { webhookUrlEncrypted: encryptWithKey(randomBytes(32), channel.webhookUrl) },
    });
    const { id } = await harness.db.slackDelivery.create({
      data: { channelId: channel.id, kind: "TEST", payload: { text: "Test message" } },
      select: { id: true },
    });
    expect(await runSlackDeliveryJob({ deliveryId: id }, { isFinalAttempt: false })).toBe("FAILED");
    expect((await harness.db.slackDelivery.findUniqueOrThrow({ where: { id } })).lastError).toBe(
      "The stored webhook URL cannot be read (was TOKEN_ENCRYPTION_KEY changed?): add the channel again.",
    );
    expect(receiver.requestsTo(channel.path)).toEqual([]);
  });

  it("is stored encrypted, shown as a hint, and kept out of the audit log and of stored errors", async () => {
    const { runSlackDeliveryJob } = await import("@/lib/server/slack/slack-delivery-job");
    const { decryptToken } = await import("@/lib/server/crypto/token-cipher");
    const channel = await addChannel("CRITICAL");
    const secret = channel.path.split("/").at(-1) ?? "";

    const [row] = await harness.db.$queryRaw<Record<string, unknown>[]>`
      SELECT * FROM "SlackChannel" WHERE id = ${channel.id}`;
    const stored = JSON.stringify(row);
    expect(stored).not.toContain(secret);
    expect(stored).not.toContain(channel.path);
    expect(row?.webhookUrlHint).toBe(`${new URL(receiver.url).host}/…/${secret.slice(-4)}`);
    expect(decryptToken(String(row?.webhookUrlEncrypted))).toBe(channel.webhookUrl);

    const audit = await harness.db.auditLog.findMany({ where: { targetId: channel.id } });
    expect(audit.map((entry) => entry.action)).toEqual(["slack-channel.created"]);
    expect(JSON.stringify(audit.map((entry) => entry.details))).not.toContain(secret);

    // A server that quotes the URL back in its refusal: the stored error has it blanked out.
    receiver.answer(channel.path, { status: 400, body: `invalid_payload for ${channel.webhookUrl}` });
    const { id } = await harness.db.slackDelivery.create({
      data: { channelId: channel.id, kind: "TEST", payload: { text: "Test message" } },
      select: { id: true },
    });
    expect(await runSlackDeliveryJob({ deliveryId: id }, { isFinalAttempt: false })).toBe("FAILED");
    const failed = await harness.db.slackDelivery.findUniqueOrThrow({ where: { id } });
    expect(failed.lastError).toBe("invalid_payload for [webhook URL]");
  });

  it("refuses an http:// URL to another machine, and stores nothing", async () => {
    const { createSlackChannel } = await import("@/lib/server/slack/create-slack-channel");
    const before = await harness.db.slackChannel.count();
    await expect(
      createSlackChannel({
        input: { name: "#plain", webhookUrl: "http://hooks.slack.com/services/T0/B0/x", minSeverity: "HIGH" },
        actor: harness.admin,
      }),
    ).rejects.toThrow(/Use an https:\/\/ URL/);
    expect(await harness.db.slackChannel.count()).toBe(before);
  });
});
