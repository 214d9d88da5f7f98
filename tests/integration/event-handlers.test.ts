// Event handlers run the way a worker runs them (processWebhookEvent on a stored event), against a real
// PostgreSQL and the twin over HTTP: automatic outreach on a disconnection, and the fallback exchange.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountActions, runAction } from "../../axle-twin/src/actions";
import { completeHostedIgnition } from "../../axle-twin/src/testing/complete-hosted-ignition";
import { type Harness, startServerHarness } from "../support/server-harness";

let harness: Harness;
beforeAll(async () => {
  harness = await startServerHarness();
});
afterAll(() => harness.close());

async function deliver(type: string, data: Record<string, unknown>) {
  const { outcome, event } = await harness.deliverEvent(type, data);
  expect(outcome).toBe("done");
  return event;
}

describe("account.disconnected", () => {
  it("asks the borrower to reconnect by itself when the profile says so, worded for the reason, once", async () => {
    const { saveProfile } = await import("@/lib/server/profiles/save-profile");
    const { assignProfile } = await import("@/lib/server/profiles/assign-profile");
    const borrower = await harness.connectBorrower();
    const profile = await saveProfile({
      input: {
        name: "Auto outreach",
        rules: [{ ruleKey: "account-connected", severity: "HIGH", input: {} }],
        reminderDays: [7],
        autoOutreach: true,
      },
      actor: harness.admin,
    });
    await assignProfile({
      borrowerId: borrower.borrowerId,
      profileId: profile.profileId,
      actor: harness.admin,
    });
    const connection = await harness.db.axleConnection.findUniqueOrThrow({
      where: { id: borrower.connectionId },
    });

    runAction(accountActions, "expire-credentials", harness.twin.context, connection.accountId);
    const event = await deliver("account.disconnected", {
      ref: connection.accountId,
      status: "credentials-expired",
    });
    expect(event).toMatchObject({ status: "PROCESSED", statusNote: "connection credentials-expired" });

    const outreach = await harness.db.outreach.findMany({
      where: { borrowerId: borrower.borrowerId },
      include: { email: true },
    });
    expect(outreach).toHaveLength(1);
    expect(outreach[0]).toMatchObject({
      reason: "credentials-expired",
      requestedById: null,
      email: { status: "OUTBOX" },
    });
    expect(outreach[0]?.email.text).toContain("most likely because your password changed");
    const violation = await harness.db.violation.findFirstOrThrow({
      where: { policyId: borrower.policyId, ruleKey: "account-connected" },
    });
    expect(violation.status).toBe("OPEN");

    // The same disconnection told again changes nothing and asks nobody twice.
    await deliver("account.disconnected", { ref: connection.accountId, status: "credentials-expired" });
    expect(await harness.db.outreach.count({ where: { borrowerId: borrower.borrowerId } })).toBe(1);
  });
});

describe("ignition.completed", () => {
  it("exchanges the code when the borrower's browser never came back, and the late redirect does not exchange again", async () => {
    const { startIgnitionForNewBorrower } = await import("@/lib/server/ignition/start-ignition");
    const { completeIgnition } = await import("@/lib/server/ignition/complete-ignition");
    const loanReference = `LN-${randomUUID().slice(0, 8)}`;
    const { borrowerId, ignitionSessionId } = await startIgnitionForNewBorrower(
      { firstName: "Fay", lastName: "Fallback", email: "fay@example.com", loanReference },
      harness.admin,
    );
    const session = await harness.db.ignitionSession.findUniqueOrThrow({ where: { id: ignitionSessionId } });
    const redirect = new URL(await completeHostedIgnition({ ignitionUri: session.uri }));
    const authCode = redirect.searchParams.get("authCode") ?? "";

    const event = await deliver("ignition.completed", {
      token: session.token,
      authCode,
      result: "link",
      status: "complete",
      user: { id: borrowerId },
    });
    expect(event).toMatchObject({ status: "PROCESSED", statusNote: "exchanged from the webhook" });
    expect(await harness.db.axleConnection.count({ where: { borrowerId } })).toBe(1);
    expect(await harness.db.policy.count({ where: { borrowerId } })).toBe(1);

    // The redirect arrives late: it reports the borrower connected without a second exchange (which the twin
    // would refuse: the code works once).
    expect(await completeIgnition({ sessionId: ignitionSessionId, authCode, result: "link" })).toBe(
      "connected",
    );
    const code = harness.twin.context.store.authCodes.get(authCode);
    expect(code?.isUsed).toBe(true);
  });
});

describe("an Ignition session's completion", () => {
  async function startSession() {
    const { startIgnitionForNewBorrower } = await import("@/lib/server/ignition/start-ignition");
    const loanReference = `LN-${randomUUID().slice(0, 8)}`;
    const { borrowerId, ignitionSessionId } = await startIgnitionForNewBorrower(
      { firstName: "Cal", lastName: "Callback", email: "cal@example.com", loanReference },
      harness.admin,
    );
    const session = await harness.db.ignitionSession.findUniqueOrThrow({ where: { id: ignitionSessionId } });
    return { borrowerId, session };
  }

  it("is not spoiled by an exchange Axle refuses: the session is handed back and the real one completes", async () => {
    const { completeIgnition } = await import("@/lib/server/ignition/complete-ignition");
    const { borrowerId, session } = await startSession();
    expect(await completeIgnition({ sessionId: session.id, authCode: "made-up", result: "link" })).toBe(
      "failed",
    );
    const after = await harness.db.ignitionSession.findUniqueOrThrow({ where: { id: session.id } });
    expect(after).toMatchObject({ status: "CREATED", completedAt: null });
    expect(after.message).toContain("An attempt to finish the connection failed");
    expect(await harness.db.axleConnection.count({ where: { borrowerId } })).toBe(0);

    const redirect = new URL(await completeHostedIgnition({ ignitionUri: session.uri }));
    const authCode = redirect.searchParams.get("authCode") ?? "";
    expect(await completeIgnition({ sessionId: session.id, authCode, result: "link" })).toBe("connected");
    expect(await harness.db.axleConnection.count({ where: { borrowerId } })).toBe(1);
  });

  it("goes through when a refused exchange runs at the same moment as the real one, whichever claims first", async () => {
    const { completeIgnition } = await import("@/lib/server/ignition/complete-ignition");
    for (const fakeFirst of [true, false]) {
      const { borrowerId, session } = await startSession();
      const redirect = new URL(await completeHostedIgnition({ ignitionUri: session.uri }));
      const real = {
        sessionId: session.id,
        authCode: redirect.searchParams.get("authCode") ?? "",
        result: "link",
      };
      const fake = { ...real, authCode: "made-up" };
      const [first, second] = fakeFirst ? [fake, real] : [real, fake];
      const outcomes = await Promise.all([completeIgnition(first), completeIgnition(second)]);
      expect(outcomes[fakeFirst ? 1 : 0]).toBe("connected");
      expect(await harness.db.axleConnection.count({ where: { borrowerId } })).toBe(1);
      expect((await harness.db.ignitionSession.findUniqueOrThrow({ where: { id: session.id } })).status).toBe(
        "COMPLETED",
      );
    }
  });

  it("goes through after the borrower left once and came back through the same link", async () => {
    const { completeIgnition, recordIgnitionEnd } = await import("@/lib/server/ignition/complete-ignition");
    const { borrowerId, session } = await startSession();
    await recordIgnitionEnd(session.id, { status: "exit", step: "carrier-select" });
    expect((await harness.db.ignitionSession.findUniqueOrThrow({ where: { id: session.id } })).status).toBe(
      "EXITED",
    );
    const redirect = new URL(await completeHostedIgnition({ ignitionUri: session.uri }));
    const authCode = redirect.searchParams.get("authCode") ?? "";
    expect(await completeIgnition({ sessionId: session.id, authCode, result: "link" })).toBe("connected");
    expect(await harness.db.axleConnection.count({ where: { borrowerId } })).toBe(1);
  });

  it("comes back to a redirect carrying the session's signed state, which a made-up one cannot match", async () => {
    const { callbackState, isCallbackState } = await import("@/lib/server/ignition/callback-state");
    const { session } = await startSession();
    const redirect = new URL(await completeHostedIgnition({ ignitionUri: session.uri }));
    expect(redirect.searchParams.get("session")).toBe(session.id);
    expect(redirect.searchParams.get("state")).toBe(callbackState(session.id));
    expect(isCallbackState(redirect.searchParams.get("state"), session.id)).toBe(true);
    expect(isCallbackState(callbackState("another-session"), session.id)).toBe(false);
    expect(isCallbackState("", session.id)).toBe(false);
    expect(isCallbackState(null, session.id)).toBe(false);
  });
});

describe("an event whose reference is not an Axle object id", () => {
  it("is set aside for review without any call to Axle, whatever path it tries to reach", async () => {
    const borrower = await harness.connectBorrower();
    const connection = await harness.db.axleConnection.findUniqueOrThrow({
      where: { id: borrower.connectionId },
    });
    const { axle } = await import("@/lib/server/axle/axle-client");
    for (const ref of ["..", "../accounts", "pol_1/../../carriers", "%2e%2e"]) {
      const event = await deliver("policy.modified", { ref, account: connection.accountId });
      expect(event).toMatchObject({ status: "NEEDS_REVIEW" });
      // The client itself refuses such an id before any request leaves the app.
      await expect(axle.getPolicy(borrower.accessToken, ref)).rejects.toMatchObject({
        kind: "bad_request",
      });
    }
    for (const ref of ["..", "acc_1?x=1"]) {
      expect(await deliver("account.modified", { ref })).toMatchObject({ status: "NEEDS_REVIEW" });
    }
  });
});
