// Every step of an event, exactly once. A failure is injected once at each step of processing (a trigger that
// raises the first time it fires, on a real PostgreSQL); the event's retry must then complete every step, and
// none twice: the snapshot, the evaluation it causes, the violations, the borrower's status, and for a
// disconnection the automatic request to reconnect with its email and the job that sends it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountActions, policyActions, runAction } from "../../axle-twin/src/actions";
import { failOnce } from "../support/inject-failure";
import { type Harness, startServerHarness } from "../support/server-harness";

let harness: Harness;
beforeAll(async () => {
  harness = await startServerHarness();
});
afterAll(() => harness.close());

/** Stores the event, processes it once (the injected failure makes that attempt fail), then retries it. */
async function deliverThroughOneFailure(type: string, data: Record<string, unknown>) {
  const { processWebhookEvent } = await import("@/lib/server/webhooks/process-webhook-event");
  const { outcome, event } = await harness.deliverEvent(type, data);
  expect(outcome).toBe("retry");
  expect(event.status).toBe("FAILED");
  expect(event.lastError).toContain("injected failure");
  expect(await processWebhookEvent(event.id)).toBe("done");
  return harness.db.webhookEvent.findUniqueOrThrow({ where: { id: event.id } });
}

const processed = { timing: "AFTER UPDATE", table: "WebhookEvent", when: `(NEW.status = 'PROCESSED')` };

describe("policy.modified, failing once at each step", () => {
  it.each([
    { name: "policy_snapshot", table: "PolicySnapshot", timing: "BEFORE INSERT" },
    { name: "policy_row", table: "Policy", timing: "BEFORE UPDATE" },
    { name: "policy_evaluation", table: "Evaluation", timing: "BEFORE INSERT" },
    { name: "policy_violation", table: "Violation", timing: "BEFORE INSERT" },
    { name: "policy_borrower_rules", table: "BorrowerEvaluation", timing: "BEFORE INSERT" },
    { name: "policy_status", table: "Borrower", timing: "BEFORE UPDATE" },
    { name: "policy_processed", ...processed },
  ])("$table ($timing): the retry snapshots, evaluates and opens the violation once", async (injection) => {
    const borrower = await harness.connectBorrower();
    runAction(policyActions, "cancel", harness.twin.context, borrower.policyId);
    const failure = await failOnce(harness.db, injection);
    let event: Awaited<ReturnType<typeof deliverThroughOneFailure>>;
    try {
      event = await deliverThroughOneFailure("policy.modified", { ref: borrower.policyId });
      expect(await failure.hasFired()).toBe(true);
    } finally {
      await failure.remove();
    }

    expect(event).toMatchObject({ status: "PROCESSED", attempts: 2, lastError: null });
    const snapshots = await harness.db.policySnapshot.findMany({ where: { eventId: event.id } });
    expect(snapshots).toHaveLength(1);
    expect(snapshots[0]?.isOutOfOrder).toBe(false);
    const evaluations = await harness.db.evaluation.findMany({ where: { snapshotId: snapshots[0]?.id } });
    expect(evaluations).toHaveLength(1);
    expect(evaluations[0]?.outcome).toBe("FAIL");
    const violations = await harness.db.violation.findMany({
      where: { policyId: borrower.policyId, ruleKey: "policy-active" },
    });
    expect(violations).toHaveLength(1);
    expect(violations[0]?.status).toBe("OPEN");
    const stored = await harness.db.policy.findUniqueOrThrow({ where: { id: borrower.policyId } });
    expect(stored.isActive).toBe(false);
    const { complianceStatus } = await harness.db.borrower.findUniqueOrThrow({
      where: { id: borrower.borrowerId },
    });
    expect(complianceStatus).toBe("NON_COMPLIANT");
  });
});

describe("account.disconnected with automatic outreach, failing once at each step", () => {
  let profileId = "";
  beforeAll(async () => {
    const { saveProfile } = await import("@/lib/server/profiles/save-profile");
    const profile = await saveProfile({
      input: {
        name: "Ask on disconnection",
        rules: [{ ruleKey: "account-connected", severity: "HIGH", input: {} }],
        reminderDays: [],
        autoOutreach: true,
      },
      actor: harness.admin,
    });
    profileId = profile.profileId;
  });

  it.each([
    { name: "account_snapshot", table: "AccountSnapshot", timing: "BEFORE INSERT" },
    { name: "account_evaluation", table: "Evaluation", timing: "BEFORE INSERT" },
    { name: "account_violation", table: "Violation", timing: "BEFORE INSERT" },
    { name: "account_ignition", table: "IgnitionSession", timing: "BEFORE INSERT" },
    { name: "account_email", table: "EmailMessage", timing: "BEFORE INSERT" },
    { name: "account_outreach", table: "Outreach", timing: "BEFORE INSERT" },
    {
      name: "account_audit",
      table: "AuditLog",
      timing: "BEFORE INSERT",
      when: `(NEW.action = 'outreach.requested')`,
    },
    { name: "account_processed", ...processed },
  ])("$table ($timing): the retry asks the borrower once, and evaluates once", async (injection) => {
    const { assignProfile } = await import("@/lib/server/profiles/assign-profile");
    const borrower = await harness.connectBorrower();
    await assignProfile({ borrowerId: borrower.borrowerId, profileId, actor: harness.admin });
    const { accountId } = await harness.db.axleConnection.findUniqueOrThrow({
      where: { id: borrower.connectionId },
    });
    const evaluationsBefore = await harness.db.evaluation.count({ where: { policyId: borrower.policyId } });
    runAction(accountActions, "expire-credentials", harness.twin.context, accountId);

    const failure = await failOnce(harness.db, injection);
    let event: Awaited<ReturnType<typeof deliverThroughOneFailure>>;
    try {
      event = await deliverThroughOneFailure("account.disconnected", {
        ref: accountId,
        status: "credentials-expired",
      });
      expect(await failure.hasFired()).toBe(true);
    } finally {
      await failure.remove();
    }

    expect(event).toMatchObject({ status: "PROCESSED", attempts: 2, lastError: null });
    expect(await harness.db.accountSnapshot.count({ where: { eventId: event.id } })).toBe(1);
    expect(await harness.db.evaluation.count({ where: { policyId: borrower.policyId } })).toBe(
      evaluationsBefore + 1,
    );
    const violation = await harness.db.violation.findFirstOrThrow({
      where: { policyId: borrower.policyId, ruleKey: "account-connected" },
    });
    expect(violation.status).toBe("OPEN");

    const connection = await harness.db.axleConnection.findUniqueOrThrow({
      where: { id: borrower.connectionId },
    });
    expect(connection.connectionStatus).toBe("credentials-expired");
    expect(connection.disconnectedAt).not.toBeNull();
    const outreach = await harness.db.outreach.findMany({
      where: { borrowerId: borrower.borrowerId },
      include: { email: true },
    });
    expect(outreach).toHaveLength(1);
    expect(outreach[0]).toMatchObject({
      reason: "credentials-expired",
      connectionId: borrower.connectionId,
      disconnectedAt: connection.disconnectedAt,
      email: { status: "OUTBOX" },
    });
    const emailId = outreach[0]?.emailId ?? "";
    const borrowerEmail = outreach[0]?.email.to ?? "";
    expect(await harness.db.emailMessage.count({ where: { to: borrowerEmail } })).toBe(1);
    const jobs = await harness.db.$queryRaw<{ count: bigint }[]>`
      SELECT count(*) FROM pgboss.job WHERE name = 'send-email' AND data->>'emailId' = ${emailId}`;
    expect(Number(jobs[0]?.count)).toBe(1);
    expect(
      await harness.db.auditLog.count({
        where: { action: "outreach.requested", targetId: borrower.borrowerId },
      }),
    ).toBe(1);
    // One Ignition session from connecting, one for the request: none left over from the failed attempt.
    const sessions = await harness.db.ignitionSession.findMany({
      where: { borrowerId: borrower.borrowerId },
    });
    expect(sessions).toHaveLength(2);
    expect(sessions.map((session) => session.id)).toContain(outreach[0]?.ignitionSessionId);
  });

  it("a disconnection told again, or replayed, asks nobody twice; a later disconnection asks again", async () => {
    const { assignProfile } = await import("@/lib/server/profiles/assign-profile");
    const borrower = await harness.connectBorrower();
    await assignProfile({ borrowerId: borrower.borrowerId, profileId, actor: harness.admin });
    const { accountId } = await harness.db.axleConnection.findUniqueOrThrow({
      where: { id: borrower.connectionId },
    });
    const outreachCount = () => harness.db.outreach.count({ where: { borrowerId: borrower.borrowerId } });

    runAction(accountActions, "expire-credentials", harness.twin.context, accountId);
    const first = await harness.deliverEvent("account.disconnected", { ref: accountId });
    expect(first.outcome).toBe("done");
    expect(await outreachCount()).toBe(1);
    await harness.deliverEvent("account.disconnected", { ref: accountId });
    await harness.deliverEvent("account.modified", { ref: accountId });
    expect(await outreachCount()).toBe(1);

    // Back, then down again: a new disconnection, a new request.
    runAction(accountActions, "reconnect", harness.twin.context, accountId);
    await harness.deliverEvent("account.modified", { ref: accountId });
    const back = await harness.db.axleConnection.findUniqueOrThrow({ where: { id: borrower.connectionId } });
    expect(back).toMatchObject({ connectionStatus: "active", disconnectedAt: null });
    runAction(accountActions, "expire-mfa", harness.twin.context, accountId);
    await harness.deliverEvent("account.disconnected", { ref: accountId });
    const outreach = await harness.db.outreach.findMany({
      where: { borrowerId: borrower.borrowerId },
      orderBy: { createdAt: "asc" },
    });
    expect(outreach.map((row) => row.reason)).toEqual(["credentials-expired", "mfa-expired"]);
  });
});
