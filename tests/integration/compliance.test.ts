// The compliance workflow's server side against a real PostgreSQL and the twin over HTTP: profile changes
// re-evaluate exactly the borrowers they apply to, waivers lapse and reopen, reminders follow their cadence
// and stop at resolution, and email goes through a real SMTP server started here.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { policyActions, runAction } from "../../axle-twin/src/actions";
import { type Harness, startServerHarness } from "../support/server-harness";
import { startTestSmtpServer } from "../support/test-smtp-server";

let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
let harness: Harness;

const day = 24 * 60 * 60 * 1000;
const strictCollision = (maxDeductible: number) => ({
  name: `Collision at most $${maxDeductible}`,
  rules: [{ ruleKey: "collision-deductible", severity: "HIGH" as const, input: { maxDeductible } }],
  reminderDays: [7, 14],
  autoOutreach: false,
});

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  harness = await startServerHarness({ smtpUrl: smtp.url });
});
afterAll(async () => {
  await harness.close();
  await smtp.close();
});

async function evaluationsOf(borrowerId: string) {
  return harness.db.evaluation.count({ where: { policy: { borrowerId } } });
}

/** The borrowers a profile's re-evaluation job is for. */
async function reevaluationTargets(bulkActionId: string | undefined) {
  const items = await harness.db.bulkActionItem.findMany({
    where: { bulkActionId: bulkActionId ?? "" },
    orderBy: { targetId: "asc" },
  });
  return items.map((item) => item.targetId);
}

/** Runs the re-evaluation job as a worker would, and checks it ended well. */
async function runReevaluation(bulkActionId: string | undefined) {
  const { runBulkAction } = await import("@/lib/server/bulk/run-bulk-action");
  await runBulkAction(bulkActionId ?? "");
  const action = await harness.db.bulkAction.findUniqueOrThrow({ where: { id: bulkActionId ?? "" } });
  expect(action).toMatchObject({ kind: "reevaluate", status: "DONE", failed: 0 });
  expect(action.succeeded).toBe(action.total);
}

describe("requirement profiles", () => {
  it("a new version re-evaluates exactly the borrowers it applies to, and records the version used", async () => {
    const { saveProfile } = await import("@/lib/server/profiles/save-profile");
    const { assignProfile } = await import("@/lib/server/profiles/assign-profile");
    const [a, b, c] = [
      await harness.connectBorrower(),
      await harness.connectBorrower(),
      await harness.connectBorrower(),
    ];
    const p = await saveProfile({ input: { ...strictCollision(1000), name: "P" }, actor: harness.admin });
    const q = await saveProfile({ input: { ...strictCollision(1000), name: "Q" }, actor: harness.admin });
    await assignProfile({ borrowerId: a.borrowerId, profileId: p.profileId, actor: harness.admin });
    await assignProfile({ borrowerId: b.borrowerId, profileId: q.profileId, actor: harness.admin });
    const before = {
      a: await evaluationsOf(a.borrowerId),
      b: await evaluationsOf(b.borrowerId),
      c: await evaluationsOf(c.borrowerId),
    };

    const saved = await saveProfile({
      profileId: p.profileId,
      input: { ...strictCollision(250), name: "P" },
      actor: harness.admin,
    });
    expect(saved.version).toBe(2);
    // The save answers at once; a job, recorded with the version, evaluates its borrowers.
    expect(saved.reevaluation?.total).toBe(1);
    expect(await reevaluationTargets(saved.reevaluation?.id)).toEqual([a.borrowerId]);
    expect(await evaluationsOf(a.borrowerId)).toBe(before.a);
    await runReevaluation(saved.reevaluation?.id);
    expect(await evaluationsOf(a.borrowerId)).toBe(before.a + 1);
    expect(await evaluationsOf(b.borrowerId)).toBe(before.b);
    expect(await evaluationsOf(c.borrowerId)).toBe(before.c);

    const latest = await harness.db.evaluation.findFirstOrThrow({
      where: { policyId: a.policyId },
      orderBy: { evaluatedAt: "desc" },
      include: { profileVersion: true },
    });
    expect(latest.profileVersion.version).toBe(2);
    expect(latest.outcome).toBe("FAIL");
    const violation = await harness.db.violation.findFirstOrThrow({
      where: { policyId: a.policyId, ruleKey: "collision-deductible" },
    });
    expect(violation.evidence).toMatchObject({
      required: "collision with a deductible of at most $250",
      found: "$500 deductible",
    });

    const audit = await harness.db.auditLog.findMany({
      where: { targetId: p.profileId },
      orderBy: { id: "asc" },
      select: { action: true },
    });
    expect(audit.map((row) => row.action)).toEqual([
      "requirement-profile.created",
      "requirement-profile.versioned",
    ]);
  });

  it("the default profile's new version reaches the unassigned borrowers only", async () => {
    const { saveProfile } = await import("@/lib/server/profiles/save-profile");
    const { assignProfile } = await import("@/lib/server/profiles/assign-profile");
    const unassigned = await harness.connectBorrower();
    const assigned = await harness.connectBorrower();
    const own = await saveProfile({ input: { ...strictCollision(1000), name: "Own" }, actor: harness.admin });
    await assignProfile({ borrowerId: assigned.borrowerId, profileId: own.profileId, actor: harness.admin });
    const defaultProfile = await harness.db.requirementProfile.findFirstOrThrow({
      where: { isDefault: true },
    });
    const before = {
      unassigned: await evaluationsOf(unassigned.borrowerId),
      assigned: await evaluationsOf(assigned.borrowerId),
    };

    const saved = await saveProfile({
      profileId: defaultProfile.id,
      input: { ...strictCollision(1000), name: defaultProfile.name },
      actor: harness.admin,
    });
    const targets = await reevaluationTargets(saved.reevaluation?.id);
    expect(targets).toContain(unassigned.borrowerId);
    expect(targets).not.toContain(assigned.borrowerId);
    // Two runners at once, as a job retried while its first run still works: nobody is evaluated twice.
    await Promise.all([runReevaluation(saved.reevaluation?.id), runReevaluation(saved.reevaluation?.id)]);
    expect(await evaluationsOf(unassigned.borrowerId)).toBe(before.unassigned + 1);
    expect(await evaluationsOf(assigned.borrowerId)).toBe(before.assigned);
  });
});

async function borrowerWithViolation() {
  const { saveProfile } = await import("@/lib/server/profiles/save-profile");
  const { assignProfile } = await import("@/lib/server/profiles/assign-profile");
  const borrower = await harness.connectBorrower();
  const profile = await saveProfile({
    input: { ...strictCollision(250), name: `Strict ${borrower.borrowerId}` },
    actor: harness.admin,
  });
  await assignProfile({
    borrowerId: borrower.borrowerId,
    profileId: profile.profileId,
    actor: harness.admin,
  });
  const violation = await harness.db.violation.findFirstOrThrow({
    where: { policyId: borrower.policyId, status: "OPEN" },
  });
  return { ...borrower, violationId: violation.id, profileId: profile.profileId };
}

describe("waivers", () => {
  it("a waiver holds until its date, survives re-evaluation, then lapses and reopens the violation", async () => {
    const { waiveViolation } = await import("@/lib/server/violations/act-on-violation");
    const { lapseWaivers } = await import("@/lib/server/violations/lapse-waivers");
    const { reevaluateBorrowers } = await import("@/lib/server/profiles/reevaluate-borrowers");
    const { borrowerId, violationId } = await borrowerWithViolation();
    const now = new Date();
    await waiveViolation({
      violationId,
      reason: "Borrower raising deductible at renewal",
      until: new Date(now.getTime() + day),
      actor: harness.admin,
      now,
    });
    await reevaluateBorrowers([borrowerId]);
    expect((await harness.db.violation.findUniqueOrThrow({ where: { id: violationId } })).status).toBe(
      "WAIVED",
    );

    expect(await lapseWaivers(new Date(now.getTime() + day / 2))).toBe(0);
    expect((await harness.db.violation.findUniqueOrThrow({ where: { id: violationId } })).status).toBe(
      "WAIVED",
    );
    expect(await lapseWaivers(new Date(now.getTime() + 2 * day))).toBeGreaterThanOrEqual(1);
    expect((await harness.db.violation.findUniqueOrThrow({ where: { id: violationId } })).status).toBe(
      "OPEN",
    );
    const audit = await harness.db.auditLog.findMany({
      where: { targetId: violationId },
      orderBy: { id: "asc" },
      select: { action: true, actorLabel: true },
    });
    expect(audit).toEqual([
      { action: "violation.opened", actorLabel: "system" },
      { action: "violation.waived", actorLabel: harness.admin.email },
      { action: "violation.waiver-lapsed", actorLabel: "system" },
    ]);
  });

  it("refuses a waiver without a reason or one that ends in the past, and changes nothing", async () => {
    const { waiveViolation } = await import("@/lib/server/violations/act-on-violation");
    const { violationId } = await borrowerWithViolation();
    await expect(
      waiveViolation({ violationId, reason: "", until: new Date(Date.now() + day), actor: harness.admin }),
    ).rejects.toThrow("Give the reason for the waiver");
    await expect(
      waiveViolation({
        violationId,
        reason: "Renewal pending",
        until: new Date(Date.now() - day),
        actor: harness.admin,
      }),
    ).rejects.toThrow("A waiver must end in the future.");
    expect((await harness.db.violation.findUniqueOrThrow({ where: { id: violationId } })).status).toBe(
      "OPEN",
    );
  });
});

/** The queued `send-email` jobs for one stored email (pg-boss's own table). */
async function sendJobsFor(emailId: string) {
  const rows = await harness.db.$queryRawUnsafe<{ count: number }[]>(
    `SELECT count(*)::int AS count FROM pgboss.job WHERE name = 'send-email' AND data->>'emailId' = $1`,
    emailId,
  );
  return rows[0]?.count ?? 0;
}

describe("asking the borrower to reconnect", () => {
  it("emails a new Ignition link through SMTP, reminds on the cadence once each, and stops at resolution", async () => {
    const { requestReconnect } = await import("@/lib/server/outreach/request-reconnect");
    const { sendDueReminders } = await import("@/lib/server/outreach/send-due-reminders");
    const { syncPolicy } = await import("@/lib/server/policies/sync-policy");
    const borrower = await borrowerWithViolation();
    const { runSendEmailJob } = await import("@/lib/server/email/send-email-job");
    const { outreach, email } = await requestReconnect({
      borrowerId: borrower.borrowerId,
      violationId: borrower.violationId,
      actor: harness.admin,
    });
    // The request is written with its email (still in the outbox) and the job that sends it, together.
    expect((await harness.db.emailMessage.findUniqueOrThrow({ where: { id: email.id } })).status).toBe(
      "OUTBOX",
    );
    expect(await sendJobsFor(email.id)).toBe(1);
    expect(await runSendEmailJob({ emailId: email.id })).toBe("SENT");
    // A retried job (the worker died after sending) does not send it twice.
    const deliveredCount = smtp.received.length;
    expect(await runSendEmailJob({ emailId: email.id })).toBe("SENT");
    expect(smtp.received).toHaveLength(deliveredCount);
    expect(outreach.reason).toBe("requirement-failing");
    const message = smtp.received.at(-1);
    expect(message?.to).toBe(email.to);
    expect(message?.raw).toContain("Subject: Please reconnect your insurance for your lender");
    // The link goes through the lender's page (quoted-printable may encode its "=" as "=3D").
    expect(message?.raw).toMatch(/\/connect\/start\?s(=3D|=)/);

    const start = outreach.createdAt.getTime();
    const reminders = () =>
      harness.db.outreach.findMany({
        where: { violationId: borrower.violationId, reminderNumber: { gt: 0 } },
        select: { reminderNumber: true },
      });
    expect(await sendDueReminders(new Date(start + 6 * day))).toBe(0);
    expect(await sendDueReminders(new Date(start + 7 * day + 1000))).toBe(1);
    expect(await sendDueReminders(new Date(start + 7 * day + 2000))).toBe(0);
    expect((await reminders()).map((row) => row.reminderNumber)).toEqual([1]);
    const reminder = await harness.db.outreach.findFirstOrThrow({
      where: { violationId: borrower.violationId, reminderNumber: 1 },
    });
    expect(await sendJobsFor(reminder.emailId)).toBe(1);
    expect(await runSendEmailJob({ emailId: reminder.emailId })).toBe("SENT");
    expect(smtp.received.at(-1)?.raw).toContain("Subject: Reminder: Please reconnect");

    // The carrier lowers the deductible: the violation resolves, and the 14-day reminder never goes.
    runAction(policyActions, "raise-deductible", harness.twin.context, borrower.policyId, { by: -400 });
    await syncPolicy({ connectionId: borrower.connectionId, policyId: borrower.policyId });
    expect(
      (await harness.db.violation.findUniqueOrThrow({ where: { id: borrower.violationId } })).status,
    ).toBe("RESOLVED");
    expect(await sendDueReminders(new Date(start + 15 * day))).toBe(0);
    expect((await reminders()).map((row) => row.reminderNumber)).toEqual([1]);
  });

  it("records a failed delivery and fails the job, so the queue tries again; the request is never lost", async () => {
    const { requestReconnect } = await import("@/lib/server/outreach/request-reconnect");
    const { runSendEmailJob } = await import("@/lib/server/email/send-email-job");
    const borrower = await borrowerWithViolation();
    await harness.db.borrower.update({
      where: { id: borrower.borrowerId },
      data: { email: "not an address" },
    });
    const { outreach, email } = await requestReconnect({
      borrowerId: borrower.borrowerId,
      actor: harness.admin,
    });
    await expect(runSendEmailJob({ emailId: email.id })).rejects.toThrow(`email ${email.id} not sent`);
    const stored = await harness.db.outreach.findUniqueOrThrow({
      where: { id: outreach.id },
      include: { email: true },
    });
    expect(stored.email.status).toBe("FAILED");
    expect(stored.email.error).toBeTruthy();
  });

  it("writes nothing, not even the email, when recording the request fails", async () => {
    const { requestReconnect } = await import("@/lib/server/outreach/request-reconnect");
    const borrower = await borrowerWithViolation();
    const emailsBefore = await harness.db.emailMessage.count();
    // The audit row is the last write of the transaction: make it fail once, for this borrower.
    await harness.db.$executeRawUnsafe(`
      CREATE OR REPLACE FUNCTION test_refuse_outreach_audit() RETURNS trigger AS $$
      BEGIN
        IF NEW.action = 'outreach.requested' AND NEW."targetId" = '${borrower.borrowerId}' THEN
          RAISE EXCEPTION 'audit refused for the test';
        END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`);
    await harness.db.$executeRawUnsafe(
      `CREATE TRIGGER test_refuse_outreach_audit BEFORE INSERT ON "AuditLog" FOR EACH ROW EXECUTE FUNCTION test_refuse_outreach_audit()`,
    );
    try {
      await expect(
        requestReconnect({ borrowerId: borrower.borrowerId, actor: harness.admin }),
      ).rejects.toThrow("audit refused for the test");
    } finally {
      await harness.db.$executeRawUnsafe(`DROP TRIGGER test_refuse_outreach_audit ON "AuditLog"`);
    }
    expect(await harness.db.emailMessage.count()).toBe(emailsBefore);
    expect(await harness.db.outreach.count({ where: { borrowerId: borrower.borrowerId } })).toBe(0);
  });

  it("refuses to ask a descoped borrower: descope is final until an admin starts a new link", async () => {
    const { requestReconnect } = await import("@/lib/server/outreach/request-reconnect");
    const { descopeConnection } = await import("@/lib/server/connections/descope-connection");
    const borrower = await borrowerWithViolation();
    await descopeConnection({ connectionId: borrower.connectionId, actor: harness.admin });
    await expect(requestReconnect({ borrowerId: borrower.borrowerId, actor: harness.admin })).rejects.toThrow(
      "Monitoring has stopped for this borrower",
    );
    expect(await harness.db.outreach.count({ where: { borrowerId: borrower.borrowerId } })).toBe(0);
  });
});
