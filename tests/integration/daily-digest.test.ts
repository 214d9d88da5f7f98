// The daily digest against a real PostgreSQL, the twin over HTTP and a real SMTP server: on a small portfolio
// built through real carrier events, each opted-in active user gets one email for the day whose counts are the
// overview tiles' and the queue's, each with the link to exactly those borrowers or violations; running the job
// again the same day sends nothing more, and the next day sends the next digest.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@/lib/auth/permissions";
import { accountActions, policyActions, runAction } from "../../axle-twin/src/actions";
import { changePolicy } from "../../axle-twin/src/changes";
import { type Harness, startServerHarness } from "../support/server-harness";
import { readEmail, startTestSmtpServer } from "../support/test-smtp-server";

let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
let harness: Harness;

const hour = 60 * 60 * 1000;
const day = 24 * hour;
const appUrl = "http://127.0.0.1:9";

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

async function teammate(role: Role, name: string, dailyDigest: boolean) {
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
  await saveNotificationPreferences({
    user: member,
    preferences: { immediateSeverity: null, scope: "ALL", dailyDigest },
  });
  return member;
}

async function policyModified(policyId: string) {
  const { outcome } = await harness.deliverEvent("policy.modified", { ref: policyId });
  expect(outcome).toBe("done");
}

/**
 * Seven borrowers, one of each kind the digest counts, and one that is fine: a cancelled policy (a new
 * violation), one cancelled then reinstated (a resolved one), one ending in 20 days, one the carrier last
 * refreshed 60 hours ago, one whose credentials expired, and one invited who never connected.
 */
async function buildPortfolio() {
  await harness.connectBorrower();

  const cancelled = await harness.connectBorrower();
  runAction(policyActions, "cancel", harness.twin.context, cancelled.policyId);
  await policyModified(cancelled.policyId);

  const reinstated = await harness.connectBorrower();
  runAction(policyActions, "cancel", harness.twin.context, reinstated.policyId);
  await policyModified(reinstated.policyId);
  runAction(policyActions, "reinstate", harness.twin.context, reinstated.policyId);
  await policyModified(reinstated.policyId);

  const expiring = await harness.connectBorrower();
  changePolicy(harness.twin.context, expiring.policyId, {
    expirationDate: new Date(Date.now() + 20 * day).toISOString(),
  });
  await policyModified(expiring.policyId);

  // Axle reports when it last reached the carrier; a policy it has not refreshed for 60 hours is stale (48).
  const stale = await harness.connectBorrower();
  const policies = harness.twin.context.store.policies;
  const body = policies.get(stale.policyId);
  policies.set(stale.policyId, {
    ...body,
    modifiedAt: new Date().toISOString(),
    refreshedAt: new Date(Date.now() - 60 * hour).toISOString(),
  } as NonNullable<typeof body>);
  await policyModified(stale.policyId);

  const disconnected = await harness.connectBorrower();
  const { accountId } = await harness.db.axleConnection.findUniqueOrThrow({
    where: { id: disconnected.connectionId },
  });
  runAction(accountActions, "expire-credentials", harness.twin.context, accountId);
  const { outcome } = await harness.deliverEvent("account.disconnected", {
    ref: accountId,
    status: "credentials-expired",
  });
  expect(outcome).toBe("done");

  const { startIgnitionForNewBorrower } = await import("@/lib/server/ignition/start-ignition");
  const loanReference = `LN-${randomBytes(4).toString("hex")}`;
  await startIgnitionForNewBorrower(
    { firstName: "Nia", lastName: "Never", email: `${loanReference}@example.com`, loanReference },
    harness.admin,
  );
  return { cancelled, reinstated, expiring, stale, disconnected };
}

/** The count a digest line states, and the link under it. */
function line(text: string, label: string) {
  const match = new RegExp(`^- ${label}: ([\\d,]+)\\n  (\\S+)$`, "m").exec(text);
  if (!match) throw new Error(`no line "${label}" in:\n${text}`);
  return { count: Number(match[1]?.replace(/,/g, "")), url: new URL(match[2] ?? "") };
}

describe("the daily digest", () => {
  it("sends each opted-in active user one email with the portfolio's counts, each linking to its list", async () => {
    const portfolio = await buildPortfolio();
    const reader = await teammate("VIEWER", "Rita Reader", true);
    const officer = await teammate("COMPLIANCE_OFFICER", "Omar Officer", true);
    const optedOut = await teammate("COMPLIANCE_OFFICER", "Otto Optout", false);
    const departed = await teammate("COMPLIANCE_OFFICER", "Dina Departed", true);
    const { deactivateUser } = await import("@/lib/server/users/deactivate-user");
    await deactivateUser({ userId: departed.id, actor: harness.admin });

    const { runDailyDigest } = await import("@/lib/server/alerts/daily-digest");
    const { runSendEmailJob } = await import("@/lib/server/email/send-email-job");
    const now = new Date();
    expect(await runDailyDigest(now)).toBe(2);
    const alerts = await harness.db.userAlert.findMany({ where: { kind: "DAILY_DIGEST" } });
    expect(alerts.map((alert) => alert.userId).sort()).toEqual([reader.id, officer.id].sort());
    for (const alert of alerts) expect(await runSendEmailJob({ emailId: alert.emailId })).toBe("SENT");

    expect(smtp.received.filter((message) => [optedOut.email, departed.email].includes(message.to))).toEqual(
      [],
    );
    const inbox = smtp.received.filter((message) => message.to === officer.email).map(readEmail);
    expect(inbox).toHaveLength(1);
    const [digest] = inbox;
    const today = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" }).format(now);
    // The cancelled policy, the policy ending in 20 days (not expiring soon) and the expired credentials
    // (account connected) opened violations still live; the reinstated policy's resolved.
    expect(digest?.subject).toBe(`Coverwatch daily digest, ${today}: 3 new violations, 1 resolved`);
    const text = digest?.text ?? "";
    expect(text).toContain("Hello Omar Officer,");
    const lines = {
      opened: line(text, "New, not resolved"),
      resolved: line(text, "Resolved"),
      expiring: line(text, "Expiring within 30 days"),
      stale: line(text, "Stale data"),
      disconnected: line(text, "Disconnected"),
      notConnected: line(text, "Not connected"),
    };
    expect(Object.fromEntries(Object.entries(lines).map(([key, value]) => [key, value.count]))).toEqual({
      opened: 3,
      resolved: 1,
      expiring: 1,
      stale: 1,
      disconnected: 1,
      notConnected: 1,
    });
    const newViolations = await harness.db.violation.findMany({
      where: { firstSeenAt: { gte: new Date(now.getTime() - day) }, status: { not: "RESOLVED" } },
      select: { ruleKey: true, borrowerId: true },
    });
    expect(newViolations.map((violation) => [violation.borrowerId, violation.ruleKey]).sort()).toEqual(
      [
        [portfolio.cancelled.borrowerId, "policy-active"],
        [portfolio.expiring.borrowerId, "not-expiring"],
        [portfolio.disconnected.borrowerId, "account-connected"],
      ].sort(),
    );

    // The overview's tiles say the same, at the same moment.
    const { countPortfolio } = await import("@/lib/server/overview/count-portfolio");
    const tiles = await countPortfolio({ now, staleAfterHours: 48 });
    expect(tiles).toMatchObject({
      expiring: lines.expiring.count,
      stale: lines.stale.count,
      disconnected: lines.disconnected.count,
      "not-connected": lines.notConnected.count,
    });

    // Each link opens the list of exactly what was counted.
    const { parseBorrowerListParams } = await import("@/lib/borrowers/list-params");
    const { listBorrowers } = await import("@/lib/server/borrowers/list-borrowers");
    const { parseViolationListParams } = await import("@/lib/violations/violation-list-params");
    const { listViolations } = await import("@/lib/server/violations/list-violations");
    const query = (url: URL) => Object.fromEntries(url.searchParams);
    for (const { count, url } of [lines.expiring, lines.stale, lines.disconnected, lines.notConnected]) {
      expect(url.origin + url.pathname).toBe(`${appUrl}/borrowers`);
      const page = await listBorrowers(parseBorrowerListParams(query(url)), { now, staleAfterHours: 48 });
      expect({ url: url.search, total: page.total }).toEqual({ url: url.search, total: count });
    }
    const listed = async (url: URL) => {
      expect(url.origin + url.pathname).toBe(`${appUrl}/violations`);
      const params = parseViolationListParams(query(url));
      expect(params.notices).toEqual([]);
      return listViolations(params, { now, userId: officer.id });
    };
    expect((await listed(lines.opened.url)).total).toBe(3);
    const resolved = await listed(lines.resolved.url);
    expect(resolved.rows.map((row) => row.borrowerId)).toEqual([portfolio.reinstated.borrowerId]);
    expect(text).toContain(`Change them at ${appUrl}/settings/notifications`);
  });

  it("sends one email per user and UTC day, however often it runs that day", async () => {
    const { runDailyDigest } = await import("@/lib/server/alerts/daily-digest");
    const { utcDayOf } = await import("@/lib/server/alerts/count-digest");
    const now = new Date();
    const emails = await harness.db.emailMessage.count();
    // Later the same day (a retry, a second worker, an operator running it by hand), twice at once included.
    const endOfDay = new Date(utcDayOf(now).getTime() + day - 1);
    expect(await runDailyDigest(now)).toBe(0);
    expect(await Promise.all([runDailyDigest(endOfDay), runDailyDigest(endOfDay)])).toEqual([0, 0]);
    expect(await harness.db.emailMessage.count()).toBe(emails);

    // The next day's digest is a new one, once each however many run it together.
    const tomorrow = new Date(utcDayOf(now).getTime() + day + 7 * hour);
    const written = await Promise.all([runDailyDigest(tomorrow), runDailyDigest(tomorrow)]);
    expect(written[0] + written[1]).toBe(2);
    expect(await harness.db.emailMessage.count()).toBe(emails + 2);
    const perUserAndDay = await harness.db.userAlert.groupBy({
      by: ["userId", "digestDay"],
      where: { kind: "DAILY_DIGEST" },
      _count: true,
    });
    expect(perUserAndDay).toHaveLength(4);
    expect(perUserAndDay.every((group) => group._count === 1)).toBe(true);
  });
});
