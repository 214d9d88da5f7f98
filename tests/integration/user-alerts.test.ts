// Emails to the lender's team about violations, against a real PostgreSQL, the twin over HTTP and a real SMTP
// server: a violation opened by a carrier's change reaches exactly the users whose settings ask for it (severity
// threshold, every borrower or only what is assigned to them, active users only), once each however often the
// job runs; an assignment tells the new assignee who asked for it, in the assignment's own transaction.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@/lib/auth/permissions";
import type { NotificationPreferences } from "@/lib/notifications/notification-preferences";
import { policyActions, runAction } from "../../axle-twin/src/actions";
import { type Harness, startServerHarness } from "../support/server-harness";
import { readEmail, startTestSmtpServer } from "../support/test-smtp-server";

let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
let harness: Harness;

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  harness = await startServerHarness({ smtpUrl: smtp.url });
});
afterAll(async () => {
  const { stopQueue } = await import("@/lib/server/jobs/queue");
  await stopQueue();
  await harness.close();
  await smtp.close();
});

type Teammate = { id: string; email: string; name: string; role: string };

/** A user who chose their notification settings on their own page (or never did, without `preferences`). */
async function teammate(
  role: Role,
  name: string,
  preferences?: Partial<NotificationPreferences>,
): Promise<Teammate> {
  const { createUser } = await import("@/lib/server/users/create-user");
  const { saveNotificationPreferences } = await import(
    "@/lib/server/notifications/save-notification-preferences"
  );
  const { user } = await createUser({
    email: `${name.toLowerCase().replace(/\W+/g, "-")}-${randomBytes(3).toString("hex")}@example.com`,
    name,
    role,
  });
  const member = { id: user.id, email: user.email, name: user.name, role: user.role };
  if (preferences)
    await saveNotificationPreferences({
      user: member,
      preferences: { immediateSeverity: null, scope: "ALL", dailyDigest: false, ...preferences },
    });
  return member;
}

/** A borrower whose carrier makes a change (a twin action) that Coverwatch hears about by webhook. */
async function carrierChange(action: string, input: Record<string, unknown> = {}) {
  const borrower = await harness.connectBorrower();
  runAction(policyActions, action, harness.twin.context, borrower.policyId, input);
  const { outcome } = await harness.deliverEvent("policy.modified", { ref: borrower.policyId });
  expect(outcome).toBe("done");
  const { loanReference } = await harness.db.borrower.findUniqueOrThrow({
    where: { id: borrower.borrowerId },
  });
  return { ...borrower, loanReference: loanReference ?? "" };
}

async function openedViolation(policyId: string, ruleKey: string) {
  return harness.db.violation.findFirstOrThrow({ where: { policyId, ruleKey, status: "OPEN" } });
}

async function jobsFor(queue: string, key: string, id: string) {
  const rows = await harness.db.$queryRawUnsafe<{ count: number }[]>(
    `SELECT count(*)::int AS count FROM pgboss.job WHERE name = $1 AND data->>$2 = $3`,
    queue,
    key,
    id,
  );
  return rows[0]?.count ?? 0;
}

async function runOpenedJob(violationId: string) {
  const { runViolationOpenedJob } = await import("@/lib/server/alerts/violation-opened");
  await runViolationOpenedJob({ violationId });
}

/** Runs the send-email job of every alert about the violation, as the worker would. */
async function deliverAlertsAbout(violationId: string) {
  const { runSendEmailJob } = await import("@/lib/server/email/send-email-job");
  const alerts = await harness.db.userAlert.findMany({ where: { violationId } });
  for (const alert of alerts) {
    expect(await jobsFor("send-email", "emailId", alert.emailId)).toBe(1);
    expect(await runSendEmailJob({ emailId: alert.emailId })).toBe("SENT");
  }
}

const inboxOf = (user: Teammate) =>
  smtp.received.filter((message) => message.to === user.email).map(readEmail);

async function alertedUsers(violationId: string) {
  const alerts = await harness.db.userAlert.findMany({ where: { violationId }, select: { userId: true } });
  return alerts.map((alert) => alert.userId).sort();
}
const ids = (...users: Teammate[]) => users.map((user) => user.id).sort();

describe("a violation that opens", () => {
  let everyHigh: Teammate;
  let viewerAny: Teammate;
  let criticalOnly: Teammate;
  let mineOnly: Teammate;
  let deactivated: Teammate;
  let digestOnly: Teammate;
  let undecided: Teammate;

  beforeAll(async () => {
    everyHigh = await teammate("COMPLIANCE_OFFICER", "Olivia Officer", { immediateSeverity: "HIGH" });
    viewerAny = await teammate("VIEWER", "Victor Viewer", { immediateSeverity: "LOW" });
    criticalOnly = await teammate("ADMIN", "Carla Critical", { immediateSeverity: "CRITICAL" });
    mineOnly = await teammate("COMPLIANCE_OFFICER", "Mia Mine", {
      immediateSeverity: "LOW",
      scope: "ASSIGNED_TO_ME",
    });
    deactivated = await teammate("COMPLIANCE_OFFICER", "Dana Departed", { immediateSeverity: "LOW" });
    digestOnly = await teammate("COMPLIANCE_OFFICER", "Dora Digest", { dailyDigest: true });
    undecided = await teammate("COMPLIANCE_OFFICER", "Nora Never-chose");
    const { deactivateUser } = await import("@/lib/server/users/deactivate-user");
    await deactivateUser({ userId: deactivated.id, actor: harness.admin });
  });

  it("emails each active user whose settings it matches, once, through SMTP, however often the job runs", async () => {
    const borrower = await carrierChange("cancel");
    const violation = await openedViolation(borrower.policyId, "policy-active");
    expect(violation.severity).toBe("CRITICAL");
    // The job was enqueued with the violation, and nobody has been told before it runs.
    expect(await jobsFor("violation-opened", "violationId", violation.id)).toBe(1);
    expect(await alertedUsers(violation.id)).toEqual([]);

    await runOpenedJob(violation.id);
    expect(await alertedUsers(violation.id)).toEqual(ids(everyHigh, viewerAny, criticalOnly));
    const stored = await harness.db.userAlert.findMany({
      where: { violationId: violation.id },
      include: { email: true },
    });
    expect(
      stored.every((alert) => alert.kind === "VIOLATION_OPENED" && alert.email.status === "OUTBOX"),
    ).toBe(true);

    await deliverAlertsAbout(violation.id);
    const subject = `New critical violation: Policy active - Casey Harness (loan ${borrower.loanReference})`;
    for (const user of [everyHigh, viewerAny, criticalOnly]) {
      const inbox = inboxOf(user);
      expect(inbox.map((email) => email.subject)).toEqual([subject]);
      expect(inbox[0]?.text).toContain(`Hello ${user.name},`);
      expect(inbox[0]?.text).toContain(`Finding: ${violation.message}`);
      expect(inbox[0]?.text).toContain(`\nhttp://127.0.0.1:9/borrowers/${borrower.borrowerId}\n`);
    }
    expect(inboxOf(everyHigh)[0]?.text).toContain(
      "ask for new violations of high or critical severity, on every borrower.",
    );
    for (const user of [mineOnly, deactivated, digestOnly, undecided]) expect(inboxOf(user)).toEqual([]);

    // The job again (a retry after its commit), and its emails' jobs again: nothing new is written or sent.
    const emailsBefore = await harness.db.emailMessage.count();
    const receivedBefore = smtp.received.length;
    await runOpenedJob(violation.id);
    await deliverAlertsAbout(violation.id);
    expect(await harness.db.emailMessage.count()).toBe(emailsBefore);
    expect(await alertedUsers(violation.id)).toEqual(ids(everyHigh, viewerAny, criticalOnly));
    expect(smtp.received).toHaveLength(receivedBefore);
  });

  it("tells each user once even when two workers run the job at the same moment", async () => {
    const borrower = await carrierChange("cancel");
    const violation = await openedViolation(borrower.policyId, "policy-active");
    const emailsBefore = await harness.db.emailMessage.count();
    await Promise.all([runOpenedJob(violation.id), runOpenedJob(violation.id)]);
    expect(await alertedUsers(violation.id)).toEqual(ids(everyHigh, viewerAny, criticalOnly));
    // The slower one found each alert taken and kept none of its emails: three in the outbox, each with one job.
    expect(await harness.db.emailMessage.count()).toBe(emailsBefore + 3);
    await deliverAlertsAbout(violation.id);
    for (const user of [everyHigh, viewerAny, criticalOnly])
      expect(inboxOf(user).filter((email) => email.subject.includes(borrower.loanReference))).toHaveLength(1);
  });

  it("reaches a threshold at or below its severity, and none above it", async () => {
    const borrower = await carrierChange("raise-deductible", { by: 1000 });
    const violation = await openedViolation(borrower.policyId, "collision-deductible");
    expect(violation.severity).toBe("HIGH");
    await runOpenedJob(violation.id);
    expect(await alertedUsers(violation.id)).toEqual(ids(everyHigh, viewerAny));
    await deliverAlertsAbout(violation.id);
    expect(inboxOf(everyHigh).map((email) => email.subject)).toContain(
      `New high violation: Collision on the collateral, deductible at most - Casey Harness (loan ${borrower.loanReference})`,
    );
    expect(inboxOf(criticalOnly).some((email) => email.subject.includes(borrower.loanReference))).toBe(false);
  });
});

describe("a violation assigned to someone", () => {
  let mine: Teammate;
  let mineCriticalOnly: Teammate;
  let everyone: Teammate;

  beforeAll(async () => {
    mine = await teammate("COMPLIANCE_OFFICER", "Amir Assigned", {
      immediateSeverity: "MEDIUM",
      scope: "ASSIGNED_TO_ME",
    });
    mineCriticalOnly = await teammate("COMPLIANCE_OFFICER", "Cora Critical-mine", {
      immediateSeverity: "CRITICAL",
      scope: "ASSIGNED_TO_ME",
    });
    everyone = await teammate("COMPLIANCE_OFFICER", "Eve Everything", { immediateSeverity: "LOW" });
  });

  async function assign(violationId: string, assigneeId: string, actor: Teammate = harness.admin) {
    const { assignViolation } = await import("@/lib/server/violations/assign-violation");
    return assignViolation({ violationId, change: { assigneeId }, actor });
  }

  it("emails the new assignee who asked for what is assigned to them, in the assignment, once", async () => {
    const borrower = await carrierChange("cancel");
    const violation = await openedViolation(borrower.policyId, "policy-active");
    await runOpenedJob(violation.id);
    // Only "assigned to me", and nothing is assigned yet.
    expect(await alertedUsers(violation.id)).not.toContain(mine.id);

    await assign(violation.id, mine.id);
    const alert = await harness.db.userAlert.findFirstOrThrow({
      where: { violationId: violation.id, userId: mine.id },
    });
    expect(alert.kind).toBe("VIOLATION_ASSIGNED");
    await deliverAlertsAbout(violation.id);
    const inbox = inboxOf(mine);
    expect(inbox.map((email) => email.subject)).toEqual([
      `Assigned to you: Policy active (critical) - Casey Harness (loan ${borrower.loanReference})`,
    ]);
    expect(inbox[0]?.text).toContain(
      `Harness Admin assigned you a violation of Casey Harness (loan ${borrower.loanReference}).`,
    );
    expect(inbox[0]?.text).toContain(`http://127.0.0.1:9/borrowers/${borrower.borrowerId}`);

    // Taken away and given back: they know about it already.
    await assign(violation.id, everyone.id);
    await assign(violation.id, mine.id);
    expect(await harness.db.userAlert.count({ where: { violationId: violation.id, userId: mine.id } })).toBe(
      1,
    );
    // "Every borrower" users were told when it opened; being assigned it is not a second email for them.
    expect(
      await harness.db.userAlert.count({ where: { violationId: violation.id, userId: everyone.id } }),
    ).toBe(1);
    await deliverAlertsAbout(violation.id);
    expect(inboxOf(mine)).toHaveLength(1);
  });

  it("tells nobody about what they assigned to themselves, nor below their threshold", async () => {
    const cancelled = await carrierChange("cancel");
    const critical = await openedViolation(cancelled.policyId, "policy-active");
    await assign(critical.id, mine.id, mine);
    const deductible = await carrierChange("raise-deductible", { by: 1000 });
    const high = await openedViolation(deductible.policyId, "collision-deductible");
    await assign(high.id, mineCriticalOnly.id);
    for (const violationId of [critical.id, high.id]) expect(await alertedUsers(violationId)).toEqual([]);
  });

  it("when assigned before the opening job ran, the assignee gets one email and the others theirs", async () => {
    const borrower = await carrierChange("cancel");
    const violation = await openedViolation(borrower.policyId, "policy-active");
    await assign(violation.id, mine.id);
    await runOpenedJob(violation.id);
    const alerts = await harness.db.userAlert.findMany({ where: { violationId: violation.id } });
    expect(alerts.filter((alert) => alert.userId === mine.id).map((alert) => alert.kind)).toEqual([
      "VIOLATION_ASSIGNED",
    ]);
    expect(alerts.some((alert) => alert.userId === everyone.id && alert.kind === "VIOLATION_OPENED")).toBe(
      true,
    );
  });

  it("from the queue's bulk assignment too, in each item's transaction", async () => {
    const { startBulkAction } = await import("@/lib/server/bulk/start-bulk-action");
    const { runBulkAction } = await import("@/lib/server/bulk/run-bulk-action");
    const first = await carrierChange("cancel");
    const second = await carrierChange("cancel");
    const violations = [
      await openedViolation(first.policyId, "policy-active"),
      await openedViolation(second.policyId, "policy-active"),
    ];
    const started = await startBulkAction({
      kind: "violation-assign",
      target: { violationIds: violations.map((violation) => violation.id) },
      input: { assigneeId: mine.id },
      actor: harness.admin,
    });
    await runBulkAction(started.id);
    await runBulkAction(started.id);
    for (const violation of violations) {
      const alerts = await harness.db.userAlert.findMany({
        where: { violationId: violation.id, userId: mine.id },
      });
      expect(alerts.map((alert) => alert.kind)).toEqual(["VIOLATION_ASSIGNED"]);
      expect(await jobsFor("send-email", "emailId", alerts[0]?.emailId ?? "")).toBe(1);
    }
  });
});
