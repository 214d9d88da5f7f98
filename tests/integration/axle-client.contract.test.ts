// Contract tests: Coverwatch's Axle client against the running twin over real HTTP, for every endpoint and
// every error path the client must turn into something a caller can act on.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { AxleError } from "@/lib/server/axle/axle-errors";
import { type AxleClientConfig, createAxleClient } from "@/lib/server/axle/create-axle-client";
import { twinConfig } from "../../axle-twin/src/config";
import { parseFaultConfig } from "../../axle-twin/src/faults";
import { startTwinServer, type TwinServer } from "../../axle-twin/src/server";
import { completeHostedIgnition } from "../../axle-twin/src/testing/complete-hosted-ignition";

const secret = "sk_contract_secret";
let twin: TwinServer;
const logLines: string[] = [];
const sleeps: number[] = [];

function client(overrides: Partial<AxleClientConfig> = {}) {
  return createAxleClient({
    baseUrl: twin.url,
    clientId: "cli_contract",
    clientSecret: secret,
    timeoutMs: 2_000,
    retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 50 },
    log: {
      info: (message, fields) => logLines.push(JSON.stringify({ message, ...fields })),
      warn: (message, fields) => logLines.push(JSON.stringify({ message, ...fields })),
    },
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    ...overrides,
  });
}

/** A borrower linked through the twin's hosted Ignition, exchanged with the client under test. */
async function link(
  options: { policy?: string; username?: string; password?: string; userId?: string } = {},
) {
  const axle = client();
  const started = await axle.startIgnition({
    redirectUri: "http://app.test/connect/callback?session=s",
    webhookUri: "http://127.0.0.1:9/unused",
    user: { id: options.userId ?? `user-${Math.random()}`, firstName: "Casey", lastName: "Jones" },
  });
  const redirect = new URL(await completeHostedIgnition({ ignitionUri: started.ignitionUri, ...options }));
  return axle.exchangeToken(redirect.searchParams.get("authCode") ?? "");
}

async function expectAxleError(promise: Promise<unknown>, kind: string, status?: number): Promise<AxleError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AxleError);
  expect((error as AxleError).kind).toBe(kind);
  if (status) expect((error as AxleError).details.status).toBe(status);
  return error as AxleError;
}

beforeAll(async () => {
  twin = await startTwinServer(
    twinConfig({ clientId: "cli_contract", clientSecret: secret, webhookSecret: "whsec_contract_0001" }),
  );
});
afterAll(() => twin.close());
afterEach(() => {
  twin.context.faults.set(parseFaultConfig({}));
  sleeps.length = 0;
});

describe("the Axle client against the twin", () => {
  it("starts Ignition, exchanges the code once, and reads the account and policy", async () => {
    const grant = await link();
    expect(grant.accessToken).toMatch(/^tok_/);
    const axle = client();
    const account = await axle.getAccount(grant.accessToken, grant.account);
    expect(account).toMatchObject({
      id: grant.account,
      policies: grant.policies,
      connection: { status: "active" },
    });
    const policy = await axle.getPolicy(grant.accessToken, grant.policies[0] ?? "");
    expect(policy).toMatchObject({
      id: grant.policies[0],
      account: grant.account,
      type: "auto",
      isActive: true,
    });
    // A coverage with no deductible has no deductible key (absent, not null).
    expect(policy.coverages.find((coverage) => coverage.code === "BI")).not.toHaveProperty("deductible");
  });

  it("tells null from absent and keeps fields it does not know", async () => {
    const details = await link({ policy: "missing-details" });
    const policy = await client().getPolicy(details.accessToken, details.policies[0] ?? "");
    expect(policy.premium).toBeNull();
    expect(policy.expirationDate).toBeNull();
    expect(policy.coverages).toEqual([]);

    const home = await link({ username: "user-home", password: "pass-home", policy: "fake-st-atlanta" });
    const homePolicy = await client().getPolicy(home.accessToken, home.policies[0] ?? "");
    expect(homePolicy.type).toBe("home");
    expect(homePolicy.properties[0]?.type).toBe("dwelling");
    expect(homePolicy.coverages.map((coverage) => coverage.code)).toContain("DWELL");
    const renewal = await client().getPolicy(home.accessToken, home.policies[0] ?? "", { term: "renewal" });
    expect(Date.parse(renewal.effectiveDate ?? "")).toBe(Date.parse(homePolicy.expirationDate ?? ""));
  });

  it("reads the carriers", async () => {
    const carriers = await client().getCarriers();
    expect(carriers.map((carrier) => carrier.id)).toContain("state-farm");
    expect(await client().getCarrier("geico")).toMatchObject({ id: "geico", name: "GEICO" });
    await expectAxleError(client().getCarrier("no-such-carrier"), "not_found", 404);
  });

  it("descopes a token", async () => {
    const grant = await link();
    expect(await client().descopeToken(grant.accessToken)).toEqual({ accessToken: grant.accessToken });
  });

  it("triggers sandbox events", async () => {
    const grant = await link();
    await client().triggerPolicyEvent(grant.accessToken, grant.policies[0] ?? "", { isActive: false });
    expect((await client().getPolicy(grant.accessToken, grant.policies[0] ?? "")).isActive).toBe(false);
    await client().triggerAccountEvent(grant.accessToken, grant.account, {
      connection: { status: "credentials-expired" },
    });
    expect((await client().getAccount(grant.accessToken, grant.account)).connection.status).toBe(
      "credentials-expired",
    );
  });

  describe("errors a caller can act on", () => {
    it("unauthorized: wrong client secret, unknown access token", async () => {
      await expectAxleError(client({ clientSecret: "wrong" }).getCarriers(), "unauthorized", 401);
      await expectAxleError(client().getAccount("tok_unknown", "acc_x"), "unauthorized", 401);
    });

    it("forbidden: another token's policy; not found: unknown ids and no renewal", async () => {
      const mine = await link();
      const theirs = await link();
      await expectAxleError(client().getPolicy(mine.accessToken, theirs.policies[0] ?? ""), "forbidden", 403);
      await expectAxleError(client().getPolicy(mine.accessToken, "pol_missing"), "not_found", 404);
      await expectAxleError(
        client().getPolicy(mine.accessToken, mine.policies[0] ?? "", { term: "renewal" }),
        "not_found",
        404,
      );
      expect(sleeps).toEqual([]);
    });

    it("bad request: a reused authCode, never retried", async () => {
      const axle = client();
      const started = await axle.startIgnition({
        redirectUri: "http://app.test/cb",
        webhookUri: "http://127.0.0.1:9/x",
        user: { id: "u-reuse" },
      });
      const code =
        new URL(await completeHostedIgnition({ ignitionUri: started.ignitionUri })).searchParams.get(
          "authCode",
        ) ?? "";
      await axle.exchangeToken(code);
      const error = await expectAxleError(axle.exchangeToken(code), "bad_request", 400);
      expect(error.message).toBe("authCode has already been exchanged");
      expect(sleeps).toEqual([]);
    });

    it("rate limited: retried, honouring Retry-After, then given up with the kind", async () => {
      twin.context.faults.set(
        parseFaultConfig({
          endpoints: { "GET /carriers": { errorRate: 1, errorStatus: 429, retryAfterSeconds: 0.03 } },
        }),
      );
      const error = await expectAxleError(client().getCarriers(), "rate_limited", 429);
      expect(error.details.retryAfterMs).toBe(30);
      expect(sleeps).toEqual([30, 30]);
    });

    it("rate limited without Retry-After: exponential backoff with jitter, capped", async () => {
      twin.context.faults.set(
        parseFaultConfig({ endpoints: { "GET /carriers": { errorRate: 1, errorStatus: 429 } } }),
      );
      await expectAxleError(
        client({ retry: { maxAttempts: 4, baseDelayMs: 10, maxDelayMs: 25 } }).getCarriers(),
        "rate_limited",
        429,
      );
      expect(sleeps).toHaveLength(3);
      expect(sleeps[0]).toBeLessThanOrEqual(10);
      expect(sleeps[1]).toBeLessThanOrEqual(20);
      expect(sleeps[2]).toBeLessThanOrEqual(25);
    });

    it("unavailable: 500 and 503 are retried and succeed once the twin recovers", async () => {
      for (const status of [500, 503] as const) {
        sleeps.length = 0;
        twin.context.faults.set(
          parseFaultConfig({ endpoints: { "GET /carriers": { errorRate: 1, errorStatus: status } } }),
        );
        const recovering = client({
          sleep: async (ms) => {
            sleeps.push(ms);
            twin.context.faults.set(parseFaultConfig({}));
          },
        });
        expect((await recovering.getCarriers()).length).toBeGreaterThan(0);
        expect(sleeps).toHaveLength(1);
      }
    });

    it("unavailable: a call that never answers times out; reads are retried, an exchange is not", async () => {
      twin.context.faults.set(parseFaultConfig({ endpoints: { "*": { timeoutRate: 1 } } }));
      const error = await expectAxleError(client({ timeoutMs: 150 }).getCarriers(), "unavailable");
      expect(error.message).toContain("timed out after 150 ms");
      expect(sleeps).toHaveLength(2);
      sleeps.length = 0;
      await expectAxleError(client({ timeoutMs: 150 }).exchangeToken("cod_whatever"), "unavailable");
      expect(sleeps).toEqual([]);
    });

    it("unavailable: nothing listening", async () => {
      await expectAxleError(client({ baseUrl: "http://127.0.0.1:9" }).getCarriers(), "unavailable");
    });

    it("adds latency without failing", async () => {
      twin.context.faults.set(parseFaultConfig({ endpoints: { "GET /carriers": { latencyMs: 120 } } }));
      const started = performance.now();
      await client().getCarriers();
      expect(performance.now() - started).toBeGreaterThanOrEqual(110);
    });
  });

  it("logs method, path, status, duration and Axle's request id, never a secret or token", async () => {
    logLines.length = 0;
    const grant = await link();
    await client().getPolicy(grant.accessToken, grant.policies[0] ?? "");
    const lines = logLines.join("\n");
    expect(lines).toMatch(
      /"method":"GET","path":"\/policies\/pol_[^"]+","status":200,"durationMs":\d+,"axleRequestId":"req_/,
    );
    expect(lines).not.toContain(secret);
    expect(lines).not.toContain(grant.accessToken);
  });
});

describe("a response that does not fit", () => {
  let server: http.Server;
  let url: string;
  beforeAll(async () => {
    // Not Axle: a server that answers a policy with a wrong type, to see the client name the field.
    server = http.createServer((_req, res) => {
      res.setHeader("content-type", "application/json");
      res.end(
        JSON.stringify({
          success: true,
          data: { id: "pol_1", account: "acc_1", type: "auto", carrier: "x", policyNumber: 7 },
        }),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it("is an invalid_response error that names the field, not retried", async () => {
    const error = await expectAxleError(
      client({ baseUrl: url }).getPolicy("tok", "pol_1"),
      "invalid_response",
    );
    expect(error.details.field).toBe("data.policyNumber");
    expect(sleeps).toEqual([]);
  });
});
