// The twin's behaviours one by one, over real HTTP: tokens, every test login, renewals, monitoring events,
// the refresher, delivery retries and faults, endpoint faults, the control panel, persistence and seeding.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { type TwinConfig, twinConfig, twinConfigFromEnv } from "./config";
import { parseFaultConfig } from "./faults";
import { startTwinServer, type TwinServer } from "./server";
import { completeHostedIgnition } from "./testing/complete-hosted-ignition";
import { startWebhookReceiver } from "./testing/webhook-receiver";

const credentials = { clientId: "cli_b", clientSecret: "sk_b", webhookSecret: "whsec_behaviours_01" };
const headers = { "x-client-id": "cli_b", "x-client-secret": "sk_b", "content-type": "application/json" };

let twin: TwinServer;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;

async function api(
  server: TwinServer,
  method: string,
  pathname: string,
  options: { token?: string; body?: unknown } = {},
) {
  const response = await fetch(`${server.url}${pathname}`, {
    method,
    headers: { ...headers, ...(options.token ? { "x-access-token": options.token } : {}) },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text ? JSON.parse(text) : null };
}

type LinkOptions = {
  userId?: string;
  carrier?: string;
  username?: string;
  password?: string;
  policy?: string;
  server?: TwinServer;
};

async function startSession(server: TwinServer, userId: string) {
  const started = await api(server, "POST", "/ignition", {
    body: {
      redirectUri: "http://app.test/cb?session=x",
      webhookUri: receiver.url,
      user: { id: userId, firstName: "Robin", lastName: "Hale" },
    },
  });
  return started.json.data as { ignitionToken: string; ignitionUri: string };
}

async function link({ userId = `u-${Math.random()}`, server = twin, ...walk }: LinkOptions = {}) {
  const { ignitionUri } = await startSession(server, userId);
  const redirect = new URL(await completeHostedIgnition({ ignitionUri, ...walk }));
  const exchanged = await api(server, "POST", "/token/exchange", {
    body: { authCode: redirect.searchParams.get("authCode") },
  });
  return {
    redirect,
    ...(exchanged.json.data as { accessToken: string; account: string; policies: string[] }),
  };
}

async function idle() {
  await twin.context.webhooks.idle();
}

beforeAll(async () => {
  receiver = await startWebhookReceiver();
  twin = await startTwinServer(twinConfig({ ...credentials, webhookBaseDelayMs: 5 }));
});
afterAll(async () => {
  await twin.close();
  await receiver.close();
});
afterEach(() => twin.context.faults.set(parseFaultConfig({})));

describe("tokens", () => {
  it("an authCode expires 10 minutes after it is issued", async () => {
    const { ignitionUri } = await startSession(twin, "u-expiry");
    const code = new URL(await completeHostedIgnition({ ignitionUri })).searchParams.get("authCode");
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 10 * 60 * 1000 + 1 });
    try {
      const response = await api(twin, "POST", "/token/exchange", { body: { authCode: code } });
      expect(response.status).toBe(400);
      expect(response.json).toEqual({
        success: false,
        errorCode: "invalid-request",
        message: "authCode has expired",
      });
    } finally {
      vi.useRealTimers();
    }
  });

  it("relinking the same carrier account returns the same token and reconnects it; another account gets a new one", async () => {
    const first = await link({ userId: "u-relink" });
    await api(twin, "POST", `/_twin/accounts/${first.account}/actions/expire-credentials`);
    const again = await link({ userId: "u-relink" });
    expect(again.accessToken).toBe(first.accessToken);
    expect(again.account).toBe(first.account);
    const account = await api(twin, "GET", `/accounts/${first.account}`, { token: first.accessToken });
    expect(account.json.data.connection.status).toBe("active");
    const other = await link({ userId: "u-relink", carrier: "geico" });
    expect(other.accessToken).not.toBe(first.accessToken);
  });

  it("descoping stops account and policy events for that token only", async () => {
    const grant = await link();
    await api(twin, "POST", "/token/descope", { token: grant.accessToken, body: { scope: "monitoring" } });
    const before = receiver.received.length;
    await api(twin, "POST", `/sandbox/policies/${grant.policies[0]}/event`, {
      token: grant.accessToken,
      body: { isActive: false },
    });
    await api(twin, "POST", `/sandbox/accounts/${grant.account}/event`, {
      token: grant.accessToken,
      body: { email: "new@example.com" },
    });
    await idle();
    expect(receiver.received.length).toBe(before);
    expect(
      (await api(twin, "POST", "/token/descope", { token: grant.accessToken, body: { scope: "everything" } }))
        .status,
    ).toBe(400);
  });
});

describe("the hosted Ignition logins", () => {
  it("sends ignition.created, .opened and .completed with the session's user", async () => {
    const grant = await link({ userId: "u-events" });
    await idle();
    const events = receiver.received
      .filter((event) => (event.body.data.user as { id?: string }).id === "u-events")
      .map((event) => event.body.type);
    expect(events).toEqual(["ignition.created", "ignition.opened", "ignition.completed"]);
    const completed = receiver
      .ofType("ignition.completed")
      .find((event) => (event.body.data.user as { id?: string }).id === "u-events");
    expect(completed?.body.data).toMatchObject({
      status: "complete",
      result: "link",
      client: "cli_b",
      authCode: expect.stringMatching(/^cod_/),
    });
    expect(grant.redirect.searchParams.get("result")).toBe("link");
  });

  it("user-error ends in status=error and ignition.errored", async () => {
    const { ignitionUri, ignitionToken } = await startSession(twin, "u-error");
    await fetch(ignitionUri);
    const form = (fields: Record<string, string>) => ({
      method: "POST",
      body: new URLSearchParams({ token: ignitionToken, ...fields }),
      redirect: "manual" as const,
    });
    await fetch(`${twin.url}/ignition-ui/login`, form({ carrier: "progressive" }));
    const done = await fetch(
      `${twin.url}/ignition-ui/authenticate`,
      form({ username: "user-error", password: "pass-error" }),
    );
    const redirect = new URL(done.headers.get("location") ?? "");
    expect(Object.fromEntries(redirect.searchParams)).toMatchObject({
      status: "error",
      client: "cli_b",
      message: expect.any(String),
    });
    await idle();
    expect(receiver.ofType("ignition.errored").at(-1)?.body.data).toMatchObject({
      status: "error",
      user: { id: "u-error" },
    });
  });

  it("a wrong password stays on the login page; exit ends in status=exit with the step", async () => {
    const { ignitionUri, ignitionToken } = await startSession(twin, "u-exit");
    await fetch(ignitionUri);
    const wrong = await fetch(`${twin.url}/ignition-ui/authenticate`, {
      method: "POST",
      body: new URLSearchParams({ token: ignitionToken, username: "user-auto", password: "nope" }),
    });
    expect(wrong.status).toBe(401);
    const exit = await fetch(`${twin.url}/ignition-ui/exit?token=${ignitionToken}&step=carrier-login`, {
      redirect: "manual",
    });
    const redirect = new URL(exit.headers.get("location") ?? "");
    expect(Object.fromEntries(redirect.searchParams)).toMatchObject({
      status: "exit",
      step: "carrier-login",
    });
    await idle();
    expect(receiver.ofType("ignition.exited").at(-1)?.body.data).toMatchObject({
      status: "exit",
      step: "carrier-login",
    });
    expect((await fetch(ignitionUri)).status).toBe(410);
  });

  it("'my carrier is not listed' completes as manual: inactive connection, no isActive at all", async () => {
    const { ignitionUri, ignitionToken } = await startSession(twin, "u-manual");
    await fetch(ignitionUri);
    const done = await fetch(`${twin.url}/ignition-ui/manual/submit`, {
      method: "POST",
      body: new URLSearchParams({
        token: ignitionToken,
        carrierName: "Tiny Mutual",
        policyNumber: "TM-1",
        effectiveDate: "2026-01-01",
        expirationDate: "2027-01-01",
        vin: "",
      }),
      redirect: "manual",
    });
    const redirect = new URL(done.headers.get("location") ?? "");
    expect(redirect.searchParams.get("result")).toBe("manual");
    const grant = (
      await api(twin, "POST", "/token/exchange", {
        body: { authCode: redirect.searchParams.get("authCode") },
      })
    ).json.data;
    const account = (await api(twin, "GET", `/accounts/${grant.account}`, { token: grant.accessToken })).json
      .data;
    expect(account.connection.status).toBe("inactive");
    const policy = (await api(twin, "GET", `/policies/${grant.policies[0]}`, { token: grant.accessToken }))
      .json.data;
    expect(policy).not.toHaveProperty("isActive");
    expect(policy).toMatchObject({ carrier: "Tiny Mutual", policyNumber: "TM-1", result: "manual" });
  });

  it("user-home gives home policies; one has a renewal term, the other answers 404 for it", async () => {
    const withRenewal = await link({
      username: "user-home",
      password: "pass-home",
      policy: "fake-st-atlanta",
    });
    const renewal = await api(twin, "GET", `/policies/${withRenewal.policies[0]}?term=renewal`, {
      token: withRenewal.accessToken,
    });
    expect(renewal.status).toBe(200);
    expect(renewal.json.data).toMatchObject({ id: withRenewal.policies[0], type: "home" });
    const without = await link({ username: "user-home", password: "pass-home", policy: "sample-ln-decatur" });
    expect(
      (
        await api(twin, "GET", `/policies/${without.policies[0]}?term=renewal`, {
          token: without.accessToken,
        })
      ).status,
    ).toBe(404);
  });
});

describe("monitoring events", () => {
  it("account.modified for identity changes, account.disconnected with the status for a non-active connection", async () => {
    const grant = await link({ userId: "u-account-events" });
    await api(twin, "POST", `/sandbox/accounts/${grant.account}/event`, {
      token: grant.accessToken,
      body: { email: "updated@axle.insure", firstName: "Jane" },
    });
    await api(twin, "POST", `/sandbox/accounts/${grant.account}/event`, {
      token: grant.accessToken,
      body: { connection: { status: "mfa-expired" } },
    });
    await idle();
    const mine = receiver.received.filter((event) => event.body.data.ref === grant.account);
    expect(mine.map((event) => event.body.type)).toEqual(["account.modified", "account.disconnected"]);
    expect(mine[1]?.body.data).toMatchObject({
      status: "mfa-expired",
      client: "cli_b",
      user: { id: "u-account-events" },
    });
    expect(mine[1]?.headers["x-webhook-secret"]).toBe("whsec_behaviours_01");
  });

  it("the refresher advances refreshedAt without changing modifiedAt or sending events, and skips stale accounts", async () => {
    const fresh = await link();
    const stale = await link();
    await api(twin, "POST", `/_twin/accounts/${stale.account}/actions/stop-refreshing`);
    const read = async (grant: typeof fresh) =>
      (await api(twin, "GET", `/policies/${grant.policies[0]}`, { token: grant.accessToken })).json.data;
    const [freshBefore, staleBefore] = [await read(fresh), await read(stale)];
    await idle();
    const before = receiver.received.length;
    await new Promise((resolve) => setTimeout(resolve, 5));
    twin.context.refresh();
    const [freshAfter, staleAfter] = [await read(fresh), await read(stale)];
    expect(Date.parse(freshAfter.refreshedAt)).toBeGreaterThan(Date.parse(freshBefore.refreshedAt));
    expect(freshAfter.modifiedAt).toBe(freshBefore.modifiedAt);
    expect(staleAfter.refreshedAt).toBe(staleBefore.refreshedAt);
    await idle();
    expect(
      receiver.received.slice(before).filter((event) => event.body.type !== "policy.renewal-available"),
    ).toEqual([]);
  });

  it("the refresher publishes a renewal for a policy near expiry and announces policy.renewal-available", async () => {
    const grant = await link();
    const soon = new Date(Date.now() + 10 * 24 * 60 * 60 * 1000).toISOString();
    await api(twin, "POST", `/sandbox/policies/${grant.policies[0]}/event`, {
      token: grant.accessToken,
      body: { expirationDate: soon },
    });
    twin.context.refresh();
    await idle();
    expect(
      receiver.ofType("policy.renewal-available").some((event) => event.body.data.ref === grant.policies[0]),
    ).toBe(true);
    const renewal = await api(twin, "GET", `/policies/${grant.policies[0]}?term=renewal`, {
      token: grant.accessToken,
    });
    expect(Date.parse(renewal.json.data.effectiveDate)).toBe(Date.parse(soon));
  });

  it("a time scale runs the refresher that much faster", async () => {
    const config = twinConfigFromEnv({
      AXLE_WEBHOOK_SECRET: "whsec_x_0123456789",
      AXLE_TWIN_TIME_SCALE: "864000",
      AXLE_TWIN_DATA_DIR: "memory",
    });
    expect(config.refreshIntervalMs).toBe(100);
    const fast = await startTwinServer({ ...config, ...credentials, port: 0 });
    try {
      const grant = await link({ server: fast });
      const first = (await api(fast, "GET", `/accounts/${grant.account}`, { token: grant.accessToken })).json
        .data.refreshedAt;
      await new Promise((resolve) => setTimeout(resolve, 350));
      const later = (await api(fast, "GET", `/accounts/${grant.account}`, { token: grant.accessToken })).json
        .data.refreshedAt;
      expect(Date.parse(later)).toBeGreaterThan(Date.parse(first));
    } finally {
      await fast.close();
    }
  });
});

describe("webhook delivery", () => {
  it("retries a failing receiver with backoff until it answers 2xx, and logs it", async () => {
    const grant = await link();
    await idle();
    receiver.failNext(2);
    await api(twin, "POST", `/sandbox/policies/${grant.policies[0]}/event`, {
      token: grant.accessToken,
      body: { premium: 1 },
    });
    await idle();
    expect(
      receiver.ofType("policy.modified").filter((event) => event.body.data.ref === grant.policies[0]),
    ).toHaveLength(1);
    const log = (await api(twin, "GET", "/_twin/deliveries?limit=5")).json.data as {
      type: string;
      attempts: number;
      deliveredAt: string | null;
      lastStatus: number;
    }[];
    expect(log.at(-1)).toMatchObject({
      type: "policy.modified",
      attempts: 3,
      lastStatus: 200,
      deliveredAt: expect.any(String),
    });
  });

  it("drops, duplicates and reorders deliveries when told to", async () => {
    const grant = await link();
    await idle();
    const events = () =>
      receiver.ofType("policy.modified").filter((event) => event.body.data.ref === grant.policies[0]);
    const change = (body: unknown) =>
      api(twin, "POST", `/sandbox/policies/${grant.policies[0]}/event`, { token: grant.accessToken, body });

    twin.context.faults.set(parseFaultConfig({ deliveries: { dropRate: 1 } }));
    await change({ premium: 2 });
    await idle();
    expect(events()).toHaveLength(0);

    twin.context.faults.set(parseFaultConfig({ deliveries: { duplicateRate: 1 } }));
    await change({ premium: 3 });
    await idle();
    expect(events()).toHaveLength(2);
    expect(events()[0]?.body.id).toBe(events()[1]?.body.id);

    twin.context.faults.set(parseFaultConfig({ deliveries: { reorderWindowMs: 50 } }));
    await change({ premium: 4 });
    // A few ms apart (well inside the window), so the two events' createdAt differ.
    await new Promise((resolve) => setTimeout(resolve, 5));
    await change({ premium: 5 });
    await idle();
    const [older, newer] = events().slice(2);
    expect(Date.parse(older?.body.createdAt ?? "")).toBeGreaterThan(Date.parse(newer?.body.createdAt ?? ""));
  });
});

describe("endpoint faults", () => {
  it("answers the configured error with or without Retry-After, adds latency, and can hold a call", async () => {
    await api(twin, "PUT", "/_twin/faults", {
      body: { endpoints: { "GET /carriers": { errorRate: 1, errorStatus: 429, retryAfterSeconds: 7 } } },
    });
    const limited = await api(twin, "GET", "/carriers");
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("7");
    expect(limited.json).toMatchObject({ success: false, errorCode: "rate-limited" });

    await api(twin, "PUT", "/_twin/faults", {
      body: { endpoints: { "*": { errorRate: 1, errorStatus: 503 } } },
    });
    const unavailable = await api(twin, "GET", "/carriers");
    expect(unavailable.status).toBe(503);
    expect(unavailable.headers.get("retry-after")).toBeNull();
    expect((await api(twin, "GET", "/_twin/faults")).status).toBe(200);

    await api(twin, "PUT", "/_twin/faults", { body: { endpoints: { "GET /carriers": { latencyMs: 100 } } } });
    const started = performance.now();
    expect((await api(twin, "GET", "/carriers")).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(95);

    await api(twin, "PUT", "/_twin/faults", { body: { endpoints: { "GET /carriers": { timeoutRate: 1 } } } });
    await expect(
      fetch(`${twin.url}/carriers`, { headers, signal: AbortSignal.timeout(150) }),
    ).rejects.toThrow();

    expect(
      (await api(twin, "PUT", "/_twin/faults", { body: { endpoints: { "*": { errorRate: 2 } } } })).status,
    ).toBe(400);
    await api(twin, "DELETE", "/_twin/faults");
    expect((await api(twin, "GET", "/carriers")).status).toBe(200);
  });

  it("reads fault settings from AXLE_TWIN_FAULTS and refuses bad JSON by name", () => {
    const env = { AXLE_WEBHOOK_SECRET: "whsec_x_0123456789" };
    expect(
      twinConfigFromEnv({ ...env, AXLE_TWIN_FAULTS: '{"endpoints":{"*":{"errorRate":0.3}}}' }).faults
        .endpoints["*"]?.errorRate,
    ).toBe(0.3);
    expect(() => twinConfigFromEnv({ ...env, AXLE_TWIN_FAULTS: "{nope" })).toThrow("AXLE_TWIN_FAULTS");
  });
});

describe("the control panel and its JSON API", () => {
  it("runs each policy action and announces it", async () => {
    const grant = await link();
    const policyId = grant.policies[0] ?? "";
    const run = async (action: string, body: unknown = {}) =>
      (await api(twin, "POST", `/_twin/policies/${policyId}/actions/${action}`, { body })).json.data;
    const coverage = (
      policy: { coverages: { code: string; deductible?: number; limitPerAccident?: number }[] },
      code: string,
    ) => policy.coverages.find((candidate) => candidate.code === code);

    expect(coverage(await run("raise-deductible"), "COLL")?.deductible).toBe(1000);
    expect(coverage(await run("lower-limit"), "BI")?.limitPerAccident).toBe(150000);
    expect((await run("rename-lienholder", { name: "Other Credit Union" })).thirdParties[0].name).toBe(
      "Other Credit Union",
    );
    expect((await run("remove-lienholder")).thirdParties).toEqual([]);
    expect((await run("swap-vehicle")).properties[0].data.make).toBe("Volkswagen");
    expect((await run("cancel")).isActive).toBe(false);
    expect((await run("publish-renewal")).id).toBe(policyId);
    expect((await api(twin, "POST", `/_twin/policies/${policyId}/actions/explode`)).status).toBe(404);
    await idle();
    const types = receiver.received
      .filter((event) => event.body.data.ref === policyId)
      .map((event) => event.body.type);
    expect(types.filter((type) => type === "policy.modified")).toHaveLength(6);
    expect(types).toContain("policy.renewal-available");
  });

  it("serves plain pages whose buttons change the carrier's data", async () => {
    const grant = await link();
    const list = await (await fetch(`${twin.url}/_twin/panel`)).text();
    expect(list).toContain(grant.account);
    const done = await fetch(`${twin.url}/_twin/panel/accounts/${grant.account}/expire-credentials`, {
      method: "POST",
      redirect: "manual",
    });
    expect(done.status).toBe(303);
    const page = await (await fetch(new URL(done.headers.get("location") ?? "", twin.url))).text();
    expect(page).toContain("Done: Expire the credentials");
    expect(page).toContain("credentials-expired");
    expect(page).not.toContain(grant.accessToken);
  });

  it("needs the client credentials for the JSON API", async () => {
    expect((await fetch(`${twin.url}/_twin/accounts`)).status).toBe(401);
  });
});

describe("state", () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  const persistent = (dataDir: string, extra: Partial<TwinConfig> = {}) =>
    startTwinServer(twinConfig({ ...credentials, dataDir, ...extra }));

  it("survives a restart, and a reset returns to the seeded state", async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "twin-state-"));
    dirs.push(dataDir);
    let server = await persistent(dataDir, { seedAccounts: 3 });
    const grant = await link({ server });
    await api(server, "POST", `/sandbox/policies/${grant.policies[0]}/event`, {
      token: grant.accessToken,
      body: { isActive: false },
    });
    const before = (await api(server, "GET", `/policies/${grant.policies[0]}`, { token: grant.accessToken }))
      .json.data;
    await server.close();

    server = await persistent(dataDir, { seedAccounts: 3 });
    const after = await api(server, "GET", `/policies/${grant.policies[0]}`, { token: grant.accessToken });
    expect(after.json.data).toEqual(before);
    expect((await api(server, "GET", "/_twin/accounts")).json.data.total).toBe(4);

    await api(server, "POST", "/_twin/reset");
    expect(
      (await api(server, "GET", `/policies/${grant.policies[0]}`, { token: grant.accessToken })).status,
    ).toBe(401);
    expect((await api(server, "GET", "/_twin/accounts")).json.data.total).toBe(3);
    await server.close();
    server = await persistent(dataDir, { seedAccounts: 3 });
    expect((await api(server, "GET", "/_twin/accounts")).json.data.total).toBe(3);
    await server.close();
  });

  it("is deterministic from the seed", async () => {
    const snapshot = async (seed: string) => {
      const server = await startTwinServer(twinConfig({ ...credentials, seed, seedAccounts: 20 }));
      const data = (await api(server, "GET", "/_twin/accounts?limit=20")).json.data.accounts.map(
        (entry: {
          account: { id: string };
          accessToken: string;
          policies: { id: string; policyNumber: string; properties: unknown }[];
        }) => [
          entry.account.id,
          entry.accessToken,
          entry.policies[0]?.id,
          entry.policies[0]?.policyNumber,
          entry.policies[0]?.properties,
        ],
      );
      await server.close();
      return data;
    };
    const [a, b, c] = [await snapshot("alpha"), await snapshot("alpha"), await snapshot("beta")];
    expect(a).toHaveLength(20);
    expect(b).toEqual(a);
    expect(c).not.toEqual(a);
  });
});
