// The twin over real HTTP: Axle's envelope and auth, one-time auth codes, token scoping, sandbox events
// delivered with the agreed secret header, and descope silencing them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TwinConfig, twinConfig } from "./config";
import { startTwinServer, type TwinServer } from "./server";
import { completeHostedIgnition } from "./testing/complete-hosted-ignition";
import { type ReceivedEvent, startWebhookReceiver } from "./testing/webhook-receiver";

const config: TwinConfig = twinConfig({
  clientId: "cli_test",
  clientSecret: "sk_test",
  webhookSecret: "whsec_test_value",
});
const client = {
  "x-client-id": config.clientId,
  "x-client-secret": config.clientSecret,
  "content-type": "application/json",
};

let twin: TwinServer;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
let receiverUrl: string;

beforeAll(async () => {
  receiver = await startWebhookReceiver();
  receiverUrl = receiver.url;
  twin = await startTwinServer(config);
});
afterAll(async () => {
  await twin.close();
  await receiver.close();
});
const received = {
  find: (predicate: (event: ReceivedEvent) => boolean) => receiver.received.find(predicate),
  get length() {
    return receiver.received.length;
  },
};

async function call(
  method: string,
  path: string,
  options: { headers?: Record<string, string>; body?: unknown } = {},
) {
  const response = await fetch(`${twin.url}${path}`, {
    method,
    headers: options.headers ?? client,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  return {
    status: response.status,
    requestId: response.headers.get("x-axle-request-id"),
    json: await response.json(),
  };
}

async function link(userId: string) {
  const started = await call("POST", "/ignition", {
    body: {
      redirectUri: "http://app.test/connect/callback?session=s1",
      webhookUri: receiverUrl,
      user: { id: userId },
    },
  });
  const redirect = new URL(await completeHostedIgnition({ ignitionUri: started.json.data.ignitionUri }));
  const authCode = redirect.searchParams.get("authCode") ?? "";
  return { redirect, authCode };
}

describe("the Axle twin", () => {
  it("refuses wrong client credentials with 401 in Axle's error envelope, with a request id", async () => {
    const response = await call("POST", "/ignition", {
      headers: { ...client, "x-client-secret": "nope" },
      body: {},
    });
    expect(response.status).toBe(401);
    expect(response.json).toEqual({
      success: false,
      errorCode: "unauthorized",
      message: "Invalid client credentials",
    });
    expect(response.requestId).toMatch(/^req_/);
  });

  it("validates Start Ignition as the reference describes", async () => {
    expect((await call("POST", "/ignition", { body: { user: { firstName: "No id" } } })).status).toBe(400);
    expect(
      (await call("POST", "/ignition", { body: { user: { id: "u" }, metadata: { nested: { a: 1 } } } }))
        .status,
    ).toBe(400);
    expect(
      (
        await call("POST", "/ignition", {
          headers: { ...client, "x-access-token": "tok" },
          body: { user: { id: "u" } },
        })
      ).status,
    ).toBe(400);
  });

  it("redirects with status, authCode, client and result, and exchanges the code exactly once", async () => {
    const { redirect, authCode } = await link("borrower-1");
    expect(redirect.origin + redirect.pathname).toBe("http://app.test/connect/callback");
    expect(Object.fromEntries(redirect.searchParams)).toMatchObject({
      session: "s1",
      status: "complete",
      client: "cli_test",
      result: "link",
    });
    expect(authCode).toMatch(/^cod_/);

    const first = await call("POST", "/token/exchange", { body: { authCode } });
    expect(first.status).toBe(200);
    expect(first.json.data).toEqual({
      accessToken: expect.any(String),
      account: expect.stringMatching(/^acc_/),
      policies: [expect.stringMatching(/^pol_/)],
    });
    const second = await call("POST", "/token/exchange", { body: { authCode } });
    expect(second.status).toBe(400);
  });

  it("scopes reads to the token's own objects", async () => {
    const a = (
      await call("POST", "/token/exchange", { body: { authCode: (await link("borrower-a")).authCode } })
    ).json.data;
    const b = (
      await call("POST", "/token/exchange", { body: { authCode: (await link("borrower-b")).authCode } })
    ).json.data;
    const policy = await call("GET", `/policies/${a.policies[0]}`, {
      headers: { ...client, "x-access-token": a.accessToken },
    });
    expect(policy.status).toBe(200);
    expect(policy.json.data).toMatchObject({
      id: a.policies[0],
      account: a.account,
      isActive: true,
      type: "auto",
    });
    expect(
      (
        await call("GET", `/policies/${a.policies[0]}`, {
          headers: { ...client, "x-access-token": b.accessToken },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await call("GET", `/policies/${a.policies[0]}`, {
          headers: { ...client, "x-access-token": "tok_unknown" },
        })
      ).status,
    ).toBe(401);
    expect(
      (
        await call("GET", "/policies/pol_missing", {
          headers: { ...client, "x-access-token": a.accessToken },
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await call("GET", `/policies/${a.policies[0]}?term=renewal`, {
          headers: { ...client, "x-access-token": a.accessToken },
        })
      ).status,
    ).toBe(404);
  });

  it("posts policy.modified with the secret header after a sandbox change, and nothing once descoped", async () => {
    const grant = (
      await call("POST", "/token/exchange", { body: { authCode: (await link("borrower-c")).authCode } })
    ).json.data;
    const headers = { ...client, "x-access-token": grant.accessToken };
    const before = (await call("GET", `/policies/${grant.policies[0]}`, { headers })).json.data;

    expect(
      (
        await call("POST", `/sandbox/policies/${grant.policies[0]}/event`, {
          headers,
          body: { isActive: false, address: { city: "Macon" } },
        })
      ).json,
    ).toEqual({ success: true, data: {} });
    await twin.context.webhooks.idle();
    const after = (await call("GET", `/policies/${grant.policies[0]}`, { headers })).json.data;
    expect(after.isActive).toBe(false);
    expect(after.address).toEqual({ ...before.address, city: "Macon" });
    expect(Date.parse(after.modifiedAt)).toBeGreaterThan(Date.parse(before.modifiedAt));

    const event = received.find(
      (delivery) => delivery.body.type === "policy.modified" && delivery.body.data.ref === grant.policies[0],
    );
    expect(event?.headers["x-webhook-secret"]).toBe("whsec_test_value");
    expect(event?.body.data).toMatchObject({
      client: "cli_test",
      account: grant.account,
      ref: grant.policies[0],
      user: { id: "borrower-c" },
    });

    expect(
      (await call("POST", "/token/descope", { headers, body: { scope: "monitoring" } })).json.data,
    ).toEqual({ accessToken: grant.accessToken });
    const count = received.length;
    await call("POST", `/sandbox/policies/${grant.policies[0]}/event`, { headers, body: { isActive: true } });
    await twin.context.webhooks.idle();
    expect(received.length).toBe(count);
  });
});
