// Outbound webhooks against a real PostgreSQL, the twin, real pg-boss workers and a receiver started here on
// 127.0.0.1 (nothing leaves the machine). Each event is emitted by the real change it reports, reaches the
// endpoints subscribed to it signed (Standard Webhooks, verified here with the `standardwebhooks` library) and fits
// its published schema; failures are retried, five days of them disable the endpoint and email the admins; a
// rotated secret keeps signing for a day; private destinations are refused unless allowed.
import { randomBytes } from "node:crypto";
import { Webhook } from "standardwebhooks";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { accountActions, policyActions, runAction } from "../../axle-twin/src/actions";
import { type OutboundEventType, outboundEventSchemas } from "../../lib/integrations/event-types";
import { type HttpReceiver, startHttpReceiver } from "../support/http-receiver";
import { type Harness, startServerHarness } from "../support/server-harness";

let harness: Harness;
let receiver: HttpReceiver;
let profileId: string;

beforeAll(async () => {
  receiver = await startHttpReceiver();
  harness = await startServerHarness();
  const { getQueue, queueNames } = await import("@/lib/server/jobs/queue");
  const { startWorkers } = await import("@/lib/server/jobs/workers");
  // The queue's first retry waits 40 to 80 s; a second here keeps the test short and changes nothing else.
  const boss = await getQueue();
  await boss.updateQueue(queueNames.webhookDelivery, { name: queueNames.webhookDelivery, retryDelay: 1 });
  await startWorkers();
  const { saveProfile } = await import("@/lib/server/profiles/save-profile");
  ({ profileId } = await saveProfile({
    input: {
      name: "Active policy",
      rules: [{ ruleKey: "policy-active", severity: "HIGH", input: {} }],
      reminderDays: [],
      autoOutreach: false,
    },
    actor: harness.admin,
  }));
});

// Each test hears only from its own endpoints.
afterEach(async () => {
  await harness.db.webhookEndpoint.deleteMany();
});

afterAll(async () => {
  const { stopWorkers } = await import("@/lib/server/jobs/workers");
  await stopWorkers();
  await harness.close();
  await receiver.close();
});

/** An endpoint added as an admin adds one, at its own path on the receiver; answers its secret, shown once. */
async function addEndpoint(eventTypes: OutboundEventType[]) {
  const { createWebhookEndpoint } = await import("@/lib/server/integrations/create-webhook-endpoint");
  const path = `/hooks/${randomBytes(8).toString("hex")}`;
  const endpoint = await createWebhookEndpoint({
    input: { url: `${receiver.url}${path}`, description: "Loan servicing system", eventTypes },
    actor: harness.admin,
  });
  return { ...endpoint, path };
}

type Received = { type: string; timestamp: string; data: Record<string, unknown> };

/** What reached a path, each request verified as a receiver verifies it (throws on a bad signature). */
function verifiedEvents(path: string, secret: string): Received[] {
  return receiver
    .requestsTo(path)
    .filter((request) => request.status === 200)
    .map((request) => new Webhook(secret).verify(request.raw, request.headers) as Received);
}

function eventsAbout(path: string, secret: string, borrowerId: string) {
  return verifiedEvents(path, secret).filter(
    (event) => (event.data.borrower as { id?: string } | undefined)?.id === borrowerId,
  );
}

function expectFitsItsSchema(event: Received) {
  const schema = outboundEventSchemas[event.type as OutboundEventType];
  expect(schema, `a published type: ${event.type}`).toBeDefined();
  expect(schema.safeParse(event.data).error).toBeUndefined();
}

async function deliveriesTo(endpointId: string) {
  return harness.db.webhookDelivery.findMany({ where: { endpointId }, orderBy: { createdAt: "asc" } });
}

describe("events emitted by real changes", () => {
  it("a policy cancelled then reinstated at the carrier: opened, status changed, policy changed, resolved", async () => {
    const endpoint = await addEndpoint([
      "violation.opened",
      "violation.resolved",
      "borrower.status_changed",
      "policy.changed",
      "borrower.connected",
    ]);
    const borrower = await harness.connectBorrower();
    const { assignProfile } = await import("@/lib/server/profiles/assign-profile");
    await assignProfile({ borrowerId: borrower.borrowerId, profileId, actor: harness.admin });

    runAction(policyActions, "cancel", harness.twin.context, borrower.policyId);
    await harness.deliverEvent("policy.modified", { ref: borrower.policyId });
    runAction(policyActions, "reinstate", harness.twin.context, borrower.policyId);
    await harness.deliverEvent("policy.modified", { ref: borrower.policyId });

    const about = () => eventsAbout(endpoint.path, endpoint.secret, borrower.borrowerId);
    // Each delivery has its own job, so they may arrive in any order: wait for the last change's three.
    const isBack = (event: Received) =>
      event.type === "violation.resolved" ||
      (event.type === "borrower.status_changed" &&
        event.data.to === "COMPLIANT" &&
        event.data.from === "NON_COMPLIANT");
    await expect
      .poll(
        () => ({
          back: about().filter(isBack).length,
          policyChanges: about().filter((event) => event.type === "policy.changed").length,
        }),
        { timeout: 30_000 },
      )
      .toEqual({ back: 2, policyChanges: 2 });
    const events = about();
    for (const event of events) expectFitsItsSchema(event);
    const types = events.map((event) => event.type);
    expect(types).toContain("borrower.connected");
    expect(types.filter((type) => type === "policy.changed")).toHaveLength(2);

    const opened = events.find((event) => event.type === "violation.opened");
    expect(opened?.data.violation).toMatchObject({
      ruleKey: "policy-active",
      rule: "Policy active",
      severity: "HIGH",
      policyId: borrower.policyId,
    });
    const resolved = events.find((event) => event.type === "violation.resolved");
    const idOf = (event: Received | undefined) => (event?.data.violation as { id?: string } | undefined)?.id;
    expect(idOf(resolved)).toBe(idOf(opened));

    const statuses = events
      .filter((event) => event.type === "borrower.status_changed")
      .map((event) => [event.data.from, event.data.to]);
    expect(statuses).toContainEqual(["COMPLIANT", "NON_COMPLIANT"]);
    expect(statuses).toContainEqual(["NON_COMPLIANT", "COMPLIANT"]);
    const cancelled = events.find((event) => event.type === "policy.changed");
    expect(cancelled?.data.changes).toContainEqual(
      expect.objectContaining({ path: "isActive", before: true, after: false, words: expect.any(String) }),
    );

    // Every request carries the Standard Webhooks headers, its id being the event's.
    const [first] = receiver.requestsTo(endpoint.path);
    expect(first?.headers["webhook-id"]).toMatch(/^c[a-z0-9]+$/);
    expect(first?.headers["webhook-timestamp"]).toMatch(/^\d{10}$/);
    expect(first?.headers["webhook-signature"]).toMatch(/^v1,/);
  });

  it("a waived violation and a descoped connection are told", async () => {
    const endpoint = await addEndpoint(["violation.waived", "connection.descoped"]);
    const borrower = await harness.connectBorrower();
    const { assignProfile } = await import("@/lib/server/profiles/assign-profile");
    await assignProfile({ borrowerId: borrower.borrowerId, profileId, actor: harness.admin });
    runAction(policyActions, "cancel", harness.twin.context, borrower.policyId);
    await harness.deliverEvent("policy.modified", { ref: borrower.policyId });
    const violation = await harness.db.violation.findFirstOrThrow({
      where: { policyId: borrower.policyId, status: "OPEN" },
    });
    const { waiveViolation } = await import("@/lib/server/violations/act-on-violation");
    const until = new Date(Date.now() + 7 * 24 * 60 * 60 * 1000);
    await waiveViolation({
      violationId: violation.id,
      reason: "Renewal in hand",
      until,
      actor: harness.admin,
    });
    const { descopeConnection } = await import("@/lib/server/connections/descope-connection");
    await descopeConnection({ connectionId: borrower.connectionId, actor: harness.admin });

    const about = () => eventsAbout(endpoint.path, endpoint.secret, borrower.borrowerId);
    await expect
      .poll(
        () =>
          about()
            .map((event) => event.type)
            .sort(),
        { timeout: 30_000 },
      )
      .toEqual(["connection.descoped", "violation.waived"]);
    for (const event of about()) expectFitsItsSchema(event);
    const ofType = (type: string) => about().find((event) => event.type === type)?.data;
    expect(ofType("violation.waived")).toMatchObject({ reason: "Renewal in hand" });
    expect(ofType("connection.descoped")?.connection).toMatchObject({ id: borrower.connectionId });
  });
  it("a connection that goes down is told once, with its status and carrier, however often it syncs down", async () => {
    const endpoint = await addEndpoint(["connection.disconnected"]);
    const borrower = await harness.connectBorrower();
    const { accountId } = await harness.db.axleConnection.findUniqueOrThrow({
      where: { id: borrower.connectionId },
    });
    runAction(accountActions, "expire-credentials", harness.twin.context, accountId);
    for (let delivered = 0; delivered < 2; delivered++)
      await harness.deliverEvent("account.disconnected", { ref: accountId, status: "credentials-expired" });
    const about = () => eventsAbout(endpoint.path, endpoint.secret, borrower.borrowerId);
    await expect.poll(() => about().length, { timeout: 20_000 }).toBe(1);
    const [event] = about();
    if (!event) throw new Error("no event");
    expectFitsItsSchema(event);
    expect(event.data.connection).toMatchObject({
      id: borrower.connectionId,
      status: "credentials-expired",
      carrier: expect.any(String),
    });
    const recorded = await harness.db.outboundEvent.count({
      where: { type: "connection.disconnected", borrowerId: borrower.borrowerId },
    });
    expect(recorded).toBe(1);
  });
});

describe("signing", () => {
  it("a tampered body and a stale timestamp are refused by the verifier", async () => {
    const endpoint = await addEndpoint(["violation.opened"]);
    const { sendWebhookTestEvent } = await import("@/lib/server/integrations/send-webhook-test-event");
    await sendWebhookTestEvent({ endpointId: endpoint.id, actor: harness.admin });
    await expect.poll(() => receiver.requestsTo(endpoint.path).length, { timeout: 20_000 }).toBe(1);
    const [request] = receiver.requestsTo(endpoint.path);
    if (!request) throw new Error("no request");
    const verifier = new Webhook(endpoint.secret);
    expect(verifier.verify(request.raw, request.headers)).toMatchObject({ type: "webhook.test" });
    expect(() => verifier.verify(request.raw.replace("test event", "tost event"), request.headers)).toThrow();
    const stale = String(Number(request.headers["webhook-timestamp"]) - 10 * 60);
    expect(() => verifier.verify(request.raw, { ...request.headers, "webhook-timestamp": stale })).toThrow(
      /too old/i,
    );
  });

  it("after a rotation both the old and the new secret verify, for a day", async () => {
    const endpoint = await addEndpoint(["violation.opened"]);
    const { rotateWebhookSecret } = await import("@/lib/server/integrations/rotate-webhook-secret");
    const rotated = await rotateWebhookSecret({ endpointId: endpoint.id, actor: harness.admin });
    expect(rotated.secret).not.toBe(endpoint.secret);
    expect(rotated.previousSecretExpiresAt.getTime() - Date.now()).toBeGreaterThan(23.9 * 60 * 60 * 1000);
    const { sendWebhookTestEvent } = await import("@/lib/server/integrations/send-webhook-test-event");
    await sendWebhookTestEvent({ endpointId: endpoint.id, actor: harness.admin });
    await expect.poll(() => receiver.requestsTo(endpoint.path).length, { timeout: 20_000 }).toBe(1);
    const [request] = receiver.requestsTo(endpoint.path);
    if (!request) throw new Error("no request");
    expect(request.headers["webhook-signature"]?.split(" ")).toHaveLength(2);
    expect(new Webhook(endpoint.secret).verify(request.raw, request.headers)).toBeTruthy();
    expect(new Webhook(rotated.secret).verify(request.raw, request.headers)).toBeTruthy();
    const audit = await harness.db.auditLog.findMany({
      where: { targetId: endpoint.id },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((row) => row.action)).toEqual([
      "webhook-endpoint.created",
      "webhook-endpoint.secret-rotated",
      "webhook-endpoint.test-sent",
    ]);
  });
});

describe("delivery", () => {
  it("tries again after 500s, and the delivery ends sent, with the same id each time", async () => {
    const endpoint = await addEndpoint(["violation.opened"]);
    receiver.answer(endpoint.path, { status: 500, body: "down" }, { status: 503, body: "still down" });
    const { sendWebhookTestEvent } = await import("@/lib/server/integrations/send-webhook-test-event");
    const { deliveryId } = await sendWebhookTestEvent({ endpointId: endpoint.id, actor: harness.admin });

    await expect
      .poll(
        async () => (await harness.db.webhookDelivery.findUnique({ where: { id: deliveryId } }))?.status,
        {
          timeout: 30_000,
        },
      )
      .toBe("SENT");
    const delivery = await harness.db.webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId } });
    expect(delivery).toMatchObject({
      attempts: 3,
      lastHttpStatus: 200,
      lastError: null,
      lastResponseExcerpt: "ok",
    });
    const requests = receiver.requestsTo(endpoint.path);
    expect(requests.map((request) => request.status)).toEqual([500, 503, 200]);
    expect(new Set(requests.map((request) => request.headers["webhook-id"])).size).toBe(1);
    expect(new Set(requests.map((request) => request.raw)).size).toBe(1);
  });

  it("an endpoint failing for five days is disabled, and the admins are emailed", async () => {
    const endpoint = await addEndpoint(["violation.opened"]);
    receiver.answer(endpoint.path, ...Array.from({ length: 3 }, () => ({ status: 500, body: "down" })));
    // Recorded as the test button records one, minus its job: the attempts below run on a compressed clock.
    const delivery = await harness.db.webhookDelivery.create({
      data: {
        endpointId: endpoint.id,
        messageId: "msg_test_autodisable",
        type: "webhook.test",
        payload: { type: "webhook.test", timestamp: new Date().toISOString(), data: {} },
      },
    });
    const { runWebhookDeliveryJob } = await import("@/lib/server/integrations/webhook-delivery-job");
    const day = 24 * 60 * 60 * 1000;
    const start = Date.now();
    const attempt = (at: number) =>
      runWebhookDeliveryJob({ deliveryId: delivery.id }, { isFinalAttempt: false }, new Date(at));

    await expect(attempt(start)).rejects.toThrow(/not sent/);
    await expect(attempt(start + 3 * day)).rejects.toThrow(/not sent/);
    const stillEnabled = await harness.db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } });
    expect(stillEnabled.isEnabled).toBe(true);
    await expect(attempt(start + 5 * day + 60_000)).rejects.toThrow(/not sent/);

    const disabled = await harness.db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } });
    expect(disabled).toMatchObject({ isEnabled: false, disabledReason: "Every delivery failed for 5 days." });
    const emails = await harness.db.emailMessage.findMany({ where: { to: harness.admin.email } });
    const notice = emails.find((email) => email.subject.includes("disabled a webhook endpoint"));
    expect(notice?.text).toContain(`${receiver.url}${endpoint.path}`);
    expect(notice?.text).toContain(`/settings/webhooks/${endpoint.id}`);
    // Its waiting delivery is not sent any more.
    expect(await attempt(start + 5 * day + 120_000)).toBe("SKIPPED");
    expect(receiver.requestsTo(endpoint.path)).toHaveLength(3);
  });

  it("a failed delivery replayed is sent again", async () => {
    const endpoint = await addEndpoint(["violation.opened"]);
    const delivery = await harness.db.webhookDelivery.create({
      data: {
        endpointId: endpoint.id,
        messageId: "msg_test_replay",
        type: "webhook.test",
        payload: { type: "webhook.test", timestamp: new Date().toISOString(), data: {} },
        status: "FAILED",
        attempts: 13,
        lastHttpStatus: 500,
      },
    });
    const { replayFailedWebhookDeliveries } = await import(
      "@/lib/server/integrations/replay-webhook-deliveries"
    );
    const replayed = await replayFailedWebhookDeliveries({
      endpointId: endpoint.id,
      since: new Date(Date.now() - 60 * 60 * 1000),
      actor: harness.admin,
    });
    expect(replayed.count).toBe(1);
    await expect
      .poll(async () => (await deliveriesTo(endpoint.id)).map((row) => [row.status, row.attempts]), {
        timeout: 20_000,
      })
      .toEqual([["SENT", 14]]);
    expect(verifiedEvents(endpoint.path, endpoint.secret)).toHaveLength(1);
    expect(delivery.id).toBe((await deliveriesTo(endpoint.id))[0]?.id);
  });
});

describe("endpoint changes", () => {
  it("changing the events, replaying one delivery and disabling: each audited, each felt by the receiver", async () => {
    const endpoint = await addEndpoint(["violation.opened", "policy.changed"]);
    const { changeWebhookEvents } = await import("@/lib/server/integrations/change-webhook-events");
    expect(
      await changeWebhookEvents({
        endpointId: endpoint.id,
        eventTypes: ["connection.descoped", "connection.descoped"],
        actor: harness.admin,
      }),
    ).toEqual({ changed: true });
    const borrower = await harness.connectBorrower();
    runAction(policyActions, "raise-deductible", harness.twin.context, borrower.policyId);
    await harness.deliverEvent("policy.modified", { ref: borrower.policyId });
    const { descopeConnection } = await import("@/lib/server/connections/descope-connection");
    await descopeConnection({ connectionId: borrower.connectionId, actor: harness.admin });
    // The policy change came first and is not heard: only the descope is.
    await expect
      .poll(
        () => eventsAbout(endpoint.path, endpoint.secret, borrower.borrowerId).map((event) => event.type),
        {
          timeout: 20_000,
        },
      )
      .toEqual(["connection.descoped"]);
    expect(
      await harness.db.outboundEvent.count({
        where: { type: "policy.changed", borrowerId: borrower.borrowerId },
      }),
    ).toBe(1);

    const [delivery] = await deliveriesTo(endpoint.id);
    if (!delivery) throw new Error("no delivery");
    await expect.poll(async () => (await deliveriesTo(endpoint.id))[0]?.status).toBe("SENT");
    const { replayWebhookDelivery } = await import("@/lib/server/integrations/replay-webhook-deliveries");
    await replayWebhookDelivery({ endpointId: endpoint.id, deliveryId: delivery.id, actor: harness.admin });
    await expect.poll(() => receiver.requestsTo(endpoint.path).length, { timeout: 20_000 }).toBe(2);
    const [first, replayed] = receiver.requestsTo(endpoint.path);
    expect(replayed?.headers["webhook-id"]).toBe(first?.headers["webhook-id"]);
    expect(replayed?.raw).toBe(first?.raw);

    const { setWebhookEndpointEnabled } = await import(
      "@/lib/server/integrations/set-webhook-endpoint-enabled"
    );
    await setWebhookEndpointEnabled({ endpointId: endpoint.id, isEnabled: false, actor: harness.admin });
    const { sendWebhookTestEvent } = await import("@/lib/server/integrations/send-webhook-test-event");
    await expect(sendWebhookTestEvent({ endpointId: endpoint.id, actor: harness.admin })).rejects.toThrow(
      /disabled/,
    );
    const audit = await harness.db.auditLog.findMany({
      where: { targetId: endpoint.id },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((row) => [row.action, row.details])).toEqual([
      ["webhook-endpoint.created", expect.anything()],
      [
        "webhook-endpoint.events-changed",
        expect.objectContaining({
          from: ["policy.changed", "violation.opened"],
          to: ["connection.descoped"],
        }),
      ],
      ["webhook-endpoint.replayed", expect.objectContaining({ deliveryIds: [delivery.id] })],
      ["webhook-endpoint.disabled", expect.anything()],
    ]);
  });
});

describe("the SSRF guard, when private destinations are not allowed", () => {
  it("refuses the cloud metadata address, a private network and a host name resolving to loopback", async () => {
    const { destinationProblem } = await import("@/lib/server/integrations/destination-guard");
    const { postWebhook } = await import("@/lib/server/integrations/post-webhook");
    const strict = { allowPrivate: false };
    expect(await destinationProblem("http://169.254.169.254/", strict)).toMatch(
      /169\.254\.169\.254.*private/,
    );
    expect(await destinationProblem("http://10.0.0.1/", strict)).toMatch(/10\.0\.0\.1.*private/);
    expect(await destinationProblem("https://[::ffff:127.0.0.1]/", strict)).toMatch(/private/);
    expect(await destinationProblem("https://8.8.8.8/", strict)).toBeNull();

    for (const url of ["http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/"]) {
      const outcome = await postWebhook(url, { body: "{}", headers: {}, ...strict });
      expect(outcome).toMatchObject({ isSent: false, httpStatus: null });
      expect(outcome.error).toMatch(/private, loopback or link-local/);
    }
    // A name is checked on the addresses it resolves to, when connecting.
    const path = `/hooks/${randomBytes(8).toString("hex")}`;
    const port = new URL(receiver.url).port;
    const outcome = await postWebhook(`http://localhost:${port}${path}`, {
      body: "{}",
      headers: {},
      ...strict,
    });
    expect(outcome.error).toMatch(/localhost resolves to .*private, loopback or link-local/);
    const allowed = await postWebhook(`http://localhost:${port}${path}`, { body: "{}", headers: {} });
    expect(allowed.isSent).toBe(true);
    expect(receiver.requestsTo(path)).toHaveLength(1);
  });
});

describe("GET /api/v1/webhooks/schemas", () => {
  it("serves the JSON Schema of every event type's body", async () => {
    const { GET } = await import("@/app/api/v1/webhooks/schemas/route");
    const response = GET();
    expect(response.status).toBe(200);
    const { schemas } = (await response.json()) as { schemas: Record<string, { properties: object }> };
    expect(Object.keys(schemas).sort()).toEqual(Object.keys(outboundEventSchemas).sort());
    expect(schemas["violation.opened"]?.properties).toMatchObject({
      type: { const: "violation.opened" },
      data: {
        properties: {
          violation: { properties: { severity: { enum: ["LOW", "MEDIUM", "HIGH", "CRITICAL"] } } },
        },
      },
    });
  });
});
