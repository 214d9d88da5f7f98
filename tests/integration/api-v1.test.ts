// The read API against a real PostgreSQL, through its route handlers: a key is required (and a revoked or expired
// one refused), pages neither skip nor repeat rows added while a client reads, the filters are the borrower
// list's and the queue's, the borrower record, and the event feed in order.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ComplianceStatus, Severity } from "@/generated/prisma/enums";
import { callApi, createTestApiKey, readAllPages } from "../support/api-client";
import { type Harness, startServerHarness } from "../support/server-harness";

let harness: Harness;
let key: string;
type Routes = {
  borrowers: typeof import("@/app/api/v1/borrowers/route");
  borrower: typeof import("@/app/api/v1/borrowers/[id]/route");
  violations: typeof import("@/app/api/v1/violations/route");
  events: typeof import("@/app/api/v1/events/route");
};
let routes: Routes;
const hour = 60 * 60 * 1000;
const statuses: ComplianceStatus[] = ["NON_COMPLIANT", "AT_RISK", "COMPLIANT", "DISCONNECTED"];
const severities: Severity[] = ["CRITICAL", "HIGH", "MEDIUM", "LOW"];

beforeAll(async () => {
  harness = await startServerHarness();
  routes = {
    borrowers: await import("@/app/api/v1/borrowers/route"),
    borrower: await import("@/app/api/v1/borrowers/[id]/route"),
    violations: await import("@/app/api/v1/violations/route"),
    events: await import("@/app/api/v1/events/route"),
  };
  ({ key } = await createTestApiKey(harness));
});
afterAll(async () => {
  await harness.close();
});

let serial = 0;
async function addBorrower(tag: string, overrides: Record<string, unknown> = {}) {
  serial += 1;
  const loanReference = `${tag}-${String(serial).padStart(5, "0")}`;
  const lastName = ["Okafor", "Diaz", "Nguyen", "Smith"][serial % 4] as string;
  const { id } = await harness.db.borrower.create({
    data: {
      firstName: `First${serial % 3}`,
      lastName,
      email: `${loanReference}@example.com`,
      loanReference,
      complianceStatus: statuses[serial % statuses.length],
      complianceReasons: [`Reason ${serial}`],
      openViolationCount: serial % 3,
      worstOpenSeverity: serial % 3 === 0 ? null : severities[serial % severities.length],
      lastRefreshedAt: serial % 5 === 0 ? null : new Date(Date.now() - (serial % 7) * 12 * hour),
      primaryCarrier: serial % 2 === 0 ? "state-farm" : "progressive",
      searchText: `first${serial % 3} ${lastName} ${loanReference}`.toLowerCase(),
      ...overrides,
    },
    select: { id: true },
  });
  return id;
}

describe("keys", () => {
  const unauthorized = { error: { code: "unauthorized", message: expect.any(String) } };

  it("answers 401 with the error shape to no key, a malformed one, an unknown one, and a session cookie alone", async () => {
    const unknown = `cw_live_${randomBytes(6).toString("hex")}_${randomBytes(24).toString("base64url")}`;
    for (const options of [
      {},
      { key: "not-a-key" },
      { key: unknown },
      { headers: { cookie: "next-auth.session-token=anything" } },
    ]) {
      const { status, body, headers } = await callApi(routes.borrowers.GET, "/api/v1/borrowers", options);
      expect(status).toBe(401);
      expect(body).toEqual(unauthorized);
      expect(headers.get("www-authenticate")).toContain("Bearer");
    }
  });

  it("refuses a key once it is revoked or has expired, and audits its creation and revocation", async () => {
    const { revokeApiKey } = await import("@/lib/server/api-keys/revoke-api-key");
    const revoked = await createTestApiKey(harness, "Soon revoked");
    expect((await callApi(routes.borrowers.GET, "/api/v1/borrowers", { key: revoked.key })).status).toBe(200);
    await revokeApiKey({ keyId: revoked.id, actor: harness.admin });
    const afterRevoke = await callApi(routes.borrowers.GET, "/api/v1/borrowers", { key: revoked.key });
    expect(afterRevoke.status).toBe(401);
    expect(afterRevoke.body).toEqual(unauthorized);

    const expired = await createTestApiKey(harness, "Soon expired");
    await harness.db.apiKey.update({
      where: { id: expired.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const afterExpiry = await callApi(routes.borrowers.GET, "/api/v1/borrowers", { key: expired.key });
    expect(afterExpiry.status).toBe(401);
    expect(afterExpiry.body).toEqual(unauthorized);

    const audit = await harness.db.auditLog.findMany({
      where: { targetId: revoked.id },
      orderBy: { id: "asc" },
      select: { action: true, actorId: true },
    });
    expect(audit).toEqual([
      { action: "api-key.created", actorId: harness.admin.id },
      { action: "api-key.revoked", actorId: harness.admin.id },
    ]);
  });

  it("stores only a hash of the key, and notes when it was last used", async () => {
    const made = await createTestApiKey(harness, "Hash check");
    const stored = await harness.db.apiKey.findUniqueOrThrow({ where: { id: made.id } });
    expect(JSON.stringify(stored)).not.toContain(made.key.split("_").at(-1));
    expect(stored.lastUsedAt).toBeNull();
    await callApi(routes.borrowers.GET, "/api/v1/borrowers", { key: made.key });
    const used = await harness.db.apiKey.findUniqueOrThrow({ where: { id: made.id } });
    expect(used.lastUsedAt).toBeInstanceOf(Date);
  });
});

describe("GET /api/v1/borrowers", () => {
  it.each(["name", "-violations", "refreshed", "-refreshed"])(
    "sorted by %s, pages neither skip nor repeat a borrower while borrowers are added between them",
    async (sort) => {
      const tag = `AP${randomBytes(3).toString("hex")}`;
      const original = new Set<string>();
      for (let index = 0; index < 23; index++) original.add(await addBorrower(tag));
      const added = new Set<string>();
      const ids = await readAllPages(
        routes.borrowers.GET,
        `/api/v1/borrowers?q=${tag}&sort=${sort}&limit=5`,
        key,
        async () => {
          added.add(await addBorrower(tag));
        },
      );
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of original) expect(ids).toContain(id);
      for (const id of ids) expect(original.has(id) || added.has(id)).toBe(true);
    },
  );

  it.each([
    "status=non-compliant,at-risk",
    "severity=high",
    "carrier=state-farm&sort=-violations",
    "stale=1",
    "connection=never-connected&sort=status",
  ])("with %s, holds exactly the borrowers the list shows", async (filters) => {
    const tag = `AF${randomBytes(3).toString("hex")}`;
    for (let index = 0; index < 30; index++) await addBorrower(tag);
    const { parseBorrowerListParams } = await import("@/lib/borrowers/list-params");
    const { listBorrowers } = await import("@/lib/server/borrowers/list-borrowers");
    const { searchParamsOf } = await import("@/lib/search-params");
    const query = `q=${tag}&${filters}`;
    const list = await listBorrowers(
      { ...parseBorrowerListParams(searchParamsOf(query)), size: 100 },
      { now: new Date(), staleAfterHours: 48 },
    );
    const ids = await readAllPages(routes.borrowers.GET, `/api/v1/borrowers?${query}&limit=4`, key);
    expect(list.rows.length).toBeGreaterThan(0);
    expect(ids).toEqual(list.rows.map((row) => row.id));
  });

  it("shows each borrower's status, reason, carrier, next expiry and last refresh", async () => {
    const tag = `AS${randomBytes(3).toString("hex")}`;
    const expiry = new Date("2027-03-01T00:00:00.000Z");
    const id = await addBorrower(tag, { complianceStatus: "NON_COMPLIANT", nextExpirationDate: expiry });
    const { body } = await callApi(routes.borrowers.GET, `/api/v1/borrowers?q=${tag}`, { key });
    expect(body.data).toEqual([
      expect.objectContaining({
        id,
        status: "NON_COMPLIANT",
        reason: expect.stringMatching(/^Reason /),
        carrier: expect.any(String),
        nextExpirationDate: expiry.toISOString(),
      }),
    ]);
    expect(body.next).toBeNull();
  });

  it.each([
    ["status=bogus", /status/],
    ["limit=0", /limit/],
    ["limit=101", /limit/],
    ["cursor=garbage", /cursor/],
  ])("answers 400 to %s, naming what it cannot read", async (query, words) => {
    const { status, body } = await callApi(routes.borrowers.GET, `/api/v1/borrowers?${query}`, { key });
    expect(status).toBe(400);
    expect(body.error.code).toBe("bad_request");
    expect(body.error.message).toMatch(words);
  });
});

describe("GET /api/v1/borrowers/{id}", () => {
  it("gives the status, each monitored policy and the open violations", async () => {
    const { borrowerId, policyId } = await harness.connectBorrower("mercedes-c300");
    await harness.db.violation.create({
      data: {
        borrowerId,
        policyId,
        ruleKey: "api-test-rule",
        severity: "HIGH",
        outcome: "FAIL",
        message: "Collision deductible too high",
        evidence: {},
      },
    });
    const { status, body } = await callApi(routes.borrower.GET, `/api/v1/borrowers/${borrowerId}`, {
      key,
      params: { id: borrowerId },
    });
    expect(status).toBe(200);
    const policy = await harness.db.policy.findUniqueOrThrow({ where: { id: policyId } });
    expect(body.id).toBe(borrowerId);
    expect(body.status).toEqual(expect.any(String));
    expect(body.policies).toEqual([
      expect.objectContaining({
        id: policyId,
        policyNumber: policy.policyNumber,
        carrier: policy.carrier,
        isActive: policy.isActive,
        refreshedAt: policy.refreshedAt.toISOString(),
      }),
    ]);
    expect(body.openViolations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ ruleKey: "api-test-rule", severity: "HIGH", policyId, status: "OPEN" }),
      ]),
    );
  });

  it("answers 404 with the error shape for an unknown id", async () => {
    const { status, body } = await callApi(routes.borrower.GET, "/api/v1/borrowers/nope", {
      key,
      params: { id: "nope" },
    });
    expect(status).toBe(404);
    expect(body).toEqual({ error: { code: "not_found", message: expect.any(String) } });
  });
});

it("answers an unknown path under /api/v1 with a 404 in the error shape", async () => {
  const { GET } = await import("@/app/api/v1/[...path]/route");
  const response = GET();
  expect(response.status).toBe(404);
  expect(await response.json()).toEqual({ error: { code: "not_found", message: expect.any(String) } });
});

describe("GET /api/v1/violations", () => {
  async function addViolations(count: number, overrides: Record<string, unknown> = {}) {
    const tag = `AV${randomBytes(3).toString("hex")}`;
    const borrowerId = await addBorrower(tag);
    const ruleKey = `rule-${tag}`;
    for (let index = 0; index < count; index++)
      await harness.db.violation.create({
        data: {
          borrowerId,
          ruleKey,
          severity: severities[index % severities.length] as Severity,
          status: index % 3 === 0 ? "ACKNOWLEDGED" : "OPEN",
          outcome: "FAIL",
          message: `Violation ${index}`,
          evidence: {},
          firstSeenAt: new Date(Date.now() - (index % 5) * 24 * hour),
          ...overrides,
        },
      });
    return { ruleKey, borrowerId };
  }

  it.each([
    ["severity", "desc"],
    ["first-seen", "asc"],
  ])("sorted by %s %s, pages neither skip nor repeat while violations are added", async (sort, dir) => {
    const { ruleKey, borrowerId } = await addViolations(17);
    const original = await harness.db.violation.findMany({ where: { ruleKey }, select: { id: true } });
    let extra = 0;
    const ids = await readAllPages(
      routes.violations.GET,
      `/api/v1/violations?rule=${ruleKey}&sort=${sort}&dir=${dir}&limit=4`,
      key,
      async () => {
        extra += 1;
        await harness.db.violation.create({
          data: {
            borrowerId,
            ruleKey,
            severity: severities[extra % 4] as Severity,
            outcome: "FAIL",
            message: `Added ${extra}`,
            evidence: {},
          },
        });
      },
    );
    expect(new Set(ids).size).toBe(ids.length);
    for (const { id } of original) expect(ids).toContain(id);
  });

  it.each(["status=open&severity=high", "status=acknowledged", "olderThanDays=2&sort=due"])(
    "with %s, holds exactly the violations the queue shows",
    async (filters) => {
      const { ruleKey } = await addViolations(20);
      const { parseViolationListParams } = await import("@/lib/violations/violation-list-params");
      const { listViolations } = await import("@/lib/server/violations/list-violations");
      const { searchParamsOf } = await import("@/lib/search-params");
      const query = `rule=${ruleKey}&${filters}`;
      const queue = await listViolations(
        { ...parseViolationListParams(searchParamsOf(query)), size: 100 },
        { now: new Date(), userId: harness.admin.id },
      );
      const ids = await readAllPages(routes.violations.GET, `/api/v1/violations?${query}&limit=3`, key);
      expect(queue.rows.length).toBeGreaterThan(0);
      expect(ids).toEqual(queue.rows.map((row) => row.id));
    },
  );

  it("answers 400 to `assignee=me`: a key is nobody", async () => {
    const { status, body } = await callApi(routes.violations.GET, "/api/v1/violations?assignee=me", { key });
    expect(status).toBe(400);
    expect(body.error.code).toBe("bad_request");
  });
});

describe("GET /api/v1/events", () => {
  it("lists emitted events oldest first, by type, and lets a client poll forward from its cursor", async () => {
    const { emitEvent } = await import("@/lib/server/integrations/emit-event");
    const tag = `AE${randomBytes(3).toString("hex")}`;
    const borrowerId = await addBorrower(tag);
    const borrower = { id: borrowerId, loanReference: tag, name: "First Okafor" };
    const emit = (from: ComplianceStatus, to: ComplianceStatus) =>
      harness.db.$transaction((tx) =>
        emitEvent(tx, "borrower.status_changed", { borrower, from, to, reason: null }),
      );
    const before = await callApi(routes.events.GET, "/api/v1/events?limit=100", { key });
    const startCursor: string | null = before.body.next;
    const emitted = [];
    for (let index = 0; index < 5; index++)
      emitted.push((await emit(index % 2 ? "COMPLIANT" : "AT_RISK", index % 2 ? "AT_RISK" : "COMPLIANT")).id);
    const connected = await harness.db.$transaction((tx) =>
      emitEvent(tx, "borrower.connected", { borrower, connection: { id: "conn_1", carrier: "state-farm" } }),
    );

    const fromStart = startCursor ? `&cursor=${startCursor}` : "";
    const all = await readAllPages(routes.events.GET, `/api/v1/events?limit=2${fromStart}`, key);
    expect(all).toEqual([...emitted, connected.id]);

    const { body: statusOnly } = await callApi(
      routes.events.GET,
      `/api/v1/events?type=borrower.status_changed&limit=100${fromStart}`,
      { key },
    );
    expect(statusOnly.data.map((event: { id: string }) => event.id)).toEqual(emitted);
    expect(statusOnly.data[0]).toEqual(
      expect.objectContaining({
        type: "borrower.status_changed",
        borrowerId,
        data: expect.objectContaining({ borrower }),
      }),
    );

    // Caught up: the same cursor again finds nothing, and then exactly what is emitted next.
    const { body: caughtUp } = await callApi(routes.events.GET, `/api/v1/events?limit=100${fromStart}`, {
      key,
    });
    expect(caughtUp.hasMore).toBe(false);
    const { body: empty } = await callApi(routes.events.GET, `/api/v1/events?cursor=${caughtUp.next}`, {
      key,
    });
    expect(empty.data).toEqual([]);
    expect(empty.next).toBe(caughtUp.next);
    const later = await emit("AT_RISK", "NON_COMPLIANT");
    const { body: polled } = await callApi(routes.events.GET, `/api/v1/events?cursor=${caughtUp.next}`, {
      key,
    });
    expect(polled.data.map((event: { id: string }) => event.id)).toEqual([later.id]);
  });

  it("keeps an event a running transaction has written behind the horizon until it commits", async () => {
    const { emitEvent } = await import("@/lib/server/integrations/emit-event");
    const tag = `AH${randomBytes(3).toString("hex")}`;
    const borrowerId = await addBorrower(tag);
    const borrower = { id: borrowerId, loanReference: tag, name: "First Okafor" };
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let written = () => {};
    const isWritten = new Promise<void>((resolve) => {
      written = resolve;
    });
    // A slow change: its event is stamped now, but commits only after a later event has committed.
    const slow = harness.db.$transaction(async (tx) => {
      const event = await emitEvent(tx, "borrower.status_changed", {
        borrower,
        from: "COMPLIANT",
        to: "AT_RISK",
        reason: null,
      });
      written();
      await held;
      return event;
    });
    await isWritten;
    const quick = await harness.db.$transaction((tx) =>
      emitEvent(tx, "borrower.status_changed", { borrower, from: "AT_RISK", to: "COMPLIANT", reason: null }),
    );
    const { body: whileRunning } = await callApi(routes.events.GET, "/api/v1/events?limit=100", { key });
    const seen = whileRunning.data.map((event: { id: string }) => event.id);
    expect(seen).not.toContain(quick.id);
    release();
    const slowEvent = await slow;
    const { body: after } = await callApi(
      routes.events.GET,
      `/api/v1/events?limit=100${whileRunning.next ? `&cursor=${whileRunning.next}` : ""}`,
      { key },
    );
    expect(after.data.map((event: { id: string }) => event.id)).toEqual(
      expect.arrayContaining([slowEvent.id, quick.id]),
    );
  });

  it("answers 400 to an unknown type", async () => {
    const { status, body } = await callApi(routes.events.GET, "/api/v1/events?type=nope.nothing", { key });
    expect(status).toBe(400);
    expect(body.error.code).toBe("bad_request");
  });
});
