// The team against a real PostgreSQL and a real SMTP server started here: an invitation is written in one
// transaction and sent once by its job (again after the mail server recovers), set-password links work once and
// for 72 hours, the last active admin stays, and revoked sessions stop resolving to a user.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startServerHarness } from "../support/server-harness";
import { startTestSmtpServer } from "../support/test-smtp-server";

let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
let harness: Harness;

const hour = 60 * 60 * 1000;

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

const uniqueEmail = (prefix: string) => `${prefix}-${randomBytes(4).toString("hex")}@example.com`;

async function invite(
  email: string,
  {
    role = "VIEWER",
    now = new Date(),
  }: { role?: "ADMIN" | "COMPLIANCE_OFFICER" | "VIEWER"; now?: Date } = {},
) {
  const { inviteUser } = await import("@/lib/server/users/invite-user");
  return inviteUser({ input: { name: `Invited ${email}`, email, role }, actor: harness.admin, now });
}

/** The token in the newest set-password email to `to`, as the recipient would click it. */
async function tokenSentTo(to: string) {
  const email = await harness.db.emailMessage.findFirstOrThrow({
    where: { to },
    orderBy: { createdAt: "desc" },
  });
  const link = /https?:\/\/\S+\/set-password\?token=([\w-]+)/.exec(email.text);
  if (!link?.[1]) throw new Error(`no set-password link in: ${email.text}`);
  return link[1];
}

async function setPassword(token: string, password: string, now?: Date) {
  const { setPasswordWithToken } = await import("@/lib/server/users/set-password-with-token");
  return setPasswordWithToken({ token, password, confirmPassword: password, now });
}

async function sessionUser(userId: string, sessionId: string) {
  const { findSessionUser } = await import("@/lib/server/auth/sessions");
  return findSessionUser({ userId, sessionId });
}

describe("inviting a user", () => {
  it("writes the user, the token, the email, its job and the audit row together, or none of them", async () => {
    const email = uniqueEmail("invitee");
    const { userId, emailId } = await invite(email, { role: "COMPLIANCE_OFFICER" });

    const user = await harness.db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(user).toMatchObject({ email, role: "COMPLIANCE_OFFICER", passwordHash: null, disabledAt: null });
    const tokens = await harness.db.passwordToken.findMany({ where: { userId } });
    expect(tokens).toHaveLength(1);
    expect(tokens[0]).toMatchObject({ purpose: "INVITE", usedAt: null });
    const stored = await harness.db.emailMessage.findUniqueOrThrow({ where: { id: emailId } });
    expect(stored).toMatchObject({ to: email, status: "OUTBOX", isSensitive: true });
    expect(stored.subject).toBe("You are invited to Coverwatch");
    // Only the hash is stored: the token in the link is not in the database.
    const token = await tokenSentTo(email);
    expect(tokens[0]?.tokenHash).not.toContain(token);
    expect(tokens[0]?.tokenHash).toHaveLength(64);
    const jobs = await harness.db.$queryRaw<{ data: { emailId: string } }[]>`
      SELECT data FROM pgboss.job WHERE name = 'send-email' AND data->>'emailId' = ${emailId}`;
    expect(jobs).toHaveLength(1);
    const audit = await harness.db.auditLog.findMany({ where: { targetId: userId } });
    expect(audit.map((row) => [row.action, row.actorLabel])).toEqual([["user.invited", harness.admin.email]]);

    // The audit row is the last write of the transaction: when it fails, nothing else remains.
    const refused = uniqueEmail("refused");
    await harness.db.$executeRawUnsafe(`
      CREATE FUNCTION test_refuse_invite() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.details->>'email' = '${refused}' THEN RAISE EXCEPTION 'audit refused'; END IF; RETURN NEW; END $$`);
    await harness.db.$executeRawUnsafe(
      `CREATE TRIGGER test_refuse_invite BEFORE INSERT ON "AuditLog" FOR EACH ROW EXECUTE FUNCTION test_refuse_invite()`,
    );
    try {
      await expect(invite(refused)).rejects.toThrow(/audit refused/);
    } finally {
      await harness.db.$executeRawUnsafe(`DROP TRIGGER test_refuse_invite ON "AuditLog"`);
      await harness.db.$executeRawUnsafe("DROP FUNCTION test_refuse_invite()");
    }
    expect(await harness.db.user.count({ where: { email: refused } })).toBe(0);
    expect(await harness.db.emailMessage.count({ where: { to: refused } })).toBe(0);
    const refusedJobs = await harness.db.$queryRaw<{ count: number }[]>`
      SELECT count(*)::int AS count FROM pgboss.job j JOIN "EmailMessage" e ON e.id = j.data->>'emailId'
      WHERE e."to" = ${refused}`;
    expect(refusedJobs[0]?.count).toBe(0);
  });

  it("refuses an email that already has an account, and writes nothing", async () => {
    const before = await harness.db.emailMessage.count();
    await expect(invite(harness.admin.email)).rejects.toThrow(
      `${harness.admin.email} already has an account.`,
    );
    expect(await harness.db.emailMessage.count()).toBe(before);
  });
});

describe("the send-email job", () => {
  it("delivers an invitation once, however often it runs", async () => {
    const { runSendEmailJob } = await import("@/lib/server/email/send-email-job");
    const email = uniqueEmail("once");
    const { emailId } = await invite(email);
    expect(await runSendEmailJob({ emailId })).toBe("SENT");
    expect(await runSendEmailJob({ emailId })).toBe("SENT");
    const delivered = smtp.received.filter((message) => message.to === email);
    expect(delivered).toHaveLength(1);
    expect(delivered[0]?.raw).toContain("Subject: You are invited to Coverwatch");
    expect(delivered[0]?.raw).toContain("/set-password?token=");
    const stored = await harness.db.emailMessage.findUniqueOrThrow({ where: { id: emailId } });
    expect(stored.status).toBe("SENT");
    expect(stored.sentAt).not.toBeNull();
  });

  it("records a failure, throws so the queue retries, and sends on the retry once the server accepts", async () => {
    const { runSendEmailJob } = await import("@/lib/server/email/send-email-job");
    const email = uniqueEmail("retry");
    const { emailId } = await invite(email);
    smtp.setFailing(true);
    try {
      await expect(runSendEmailJob({ emailId })).rejects.toThrow(/not sent/);
    } finally {
      smtp.setFailing(false);
    }
    const failed = await harness.db.emailMessage.findUniqueOrThrow({ where: { id: emailId } });
    expect(failed.status).toBe("FAILED");
    expect(failed.error).toContain("try later");
    expect(smtp.received.filter((message) => message.to === email)).toHaveLength(0);

    expect(await runSendEmailJob({ emailId })).toBe("SENT");
    const sent = await harness.db.emailMessage.findUniqueOrThrow({ where: { id: emailId } });
    expect(sent).toMatchObject({ status: "SENT", error: null });
    expect(smtp.received.filter((message) => message.to === email)).toHaveLength(1);
  });
});

describe("set-password links", () => {
  it("work once: the password is set, the link is used, the user can sign in", async () => {
    const { verifyPassword } = await import("@/lib/server/auth/password");
    const { checkPasswordToken } = await import("@/lib/server/users/password-tokens");
    const email = uniqueEmail("once-link");
    const { userId } = await invite(email);
    const token = await tokenSentTo(email);
    expect(await checkPasswordToken(token)).toMatchObject({ status: "valid", user: { id: userId, email } });

    await setPassword(token, "correct horse battery");
    const user = await harness.db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(await verifyPassword("correct horse battery", user.passwordHash ?? "")).toBe(true);
    expect((await checkPasswordToken(token)).status).toBe("used");
    await expect(setPassword(token, "another password here")).rejects.toMatchObject({ reason: "used" });
    expect(
      await verifyPassword(
        "correct horse battery",
        (await harness.db.user.findUniqueOrThrow({ where: { id: userId } })).passwordHash ?? "",
      ),
    ).toBe(true);
    const actions = await harness.db.auditLog.findMany({
      where: { targetId: userId },
      orderBy: { id: "asc" },
    });
    expect(actions.map((row) => [row.action, row.actorLabel])).toEqual([
      ["user.invited", harness.admin.email],
      ["user.invite-accepted", email],
    ]);
  });

  it("two submissions of one link at the same moment: exactly one wins", async () => {
    const email = uniqueEmail("race");
    await invite(email);
    const token = await tokenSentTo(email);
    const outcomes = await Promise.allSettled([
      setPassword(token, "first password 123"),
      setPassword(token, "second password 456"),
    ]);
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
  });

  it("expire 72 hours after they were sent", async () => {
    const { checkPasswordToken } = await import("@/lib/server/users/password-tokens");
    const sentAt = new Date("2030-01-01T00:00:00Z");
    const email = uniqueEmail("expiry");
    await invite(email, { now: sentAt });
    const token = await tokenSentTo(email);
    const at = (hours: number) => new Date(sentAt.getTime() + hours * hour);
    expect((await checkPasswordToken(token, at(71.99))).status).toBe("valid");
    expect((await checkPasswordToken(token, at(72))).status).toBe("expired");
    await expect(setPassword(token, "too late password", at(72))).rejects.toMatchObject({
      reason: "expired",
    });
    await setPassword(token, "just in time password", at(71.99));
  });

  it("an unknown token is refused", async () => {
    const { checkPasswordToken } = await import("@/lib/server/users/password-tokens");
    expect((await checkPasswordToken("not-a-token")).status).toBe("unknown");
    expect((await checkPasswordToken("")).status).toBe("unknown");
  });

  it("a resent invitation replaces the earlier link", async () => {
    const { sendPasswordLink } = await import("@/lib/server/users/send-password-link");
    const { checkPasswordToken } = await import("@/lib/server/users/password-tokens");
    const email = uniqueEmail("resend");
    const { userId } = await invite(email);
    const first = await tokenSentTo(email);
    const resent = await sendPasswordLink({ userId, actor: harness.admin, now: new Date(Date.now() + 1000) });
    expect(resent.purpose).toBe("INVITE");
    const second = await tokenSentTo(email);
    expect(second).not.toBe(first);
    expect((await checkPasswordToken(first, new Date(Date.now() + 2000))).status).toBe("expired");
    await setPassword(second, "the newer link works");
  });
});

describe("the last active admin", () => {
  it("cannot be deactivated or demoted, until another admin is active", async () => {
    const { deactivateUser } = await import("@/lib/server/users/deactivate-user");
    const { changeUserRole } = await import("@/lib/server/users/change-user-role");
    // Only active admins count: an admin still invited cannot manage the team yet.
    const email = uniqueEmail("second-admin");
    const { userId: secondAdmin } = await invite(email, { role: "ADMIN" });
    const self = { userId: harness.admin.id, actor: harness.admin };
    const lastAdmin = "You are the last active admin. Make another user an admin first.";
    await expect(deactivateUser(self)).rejects.toThrow(lastAdmin);
    await expect(changeUserRole({ ...self, role: "VIEWER" })).rejects.toThrow(lastAdmin);
    expect(await harness.db.user.findUniqueOrThrow({ where: { id: harness.admin.id } })).toMatchObject({
      role: "ADMIN",
      disabledAt: null,
    });

    await setPassword(await tokenSentTo(email), "second admin password");
    await changeUserRole({ ...self, role: "COMPLIANCE_OFFICER" });
    const second = await harness.db.user.findUniqueOrThrow({ where: { id: secondAdmin } });
    const secondActor = { id: second.id, email: second.email, name: second.name, role: second.role };
    // Now the second admin is the last one; the harness admin gets their role back from them.
    await expect(deactivateUser({ userId: secondAdmin, actor: secondActor })).rejects.toThrow(lastAdmin);
    await changeUserRole({ userId: harness.admin.id, role: "ADMIN", actor: secondActor });
    const audit = await harness.db.auditLog.findMany({
      where: { targetId: harness.admin.id, action: "user.role-changed" },
      orderBy: { id: "asc" },
    });
    expect(audit.map((row) => row.details)).toEqual([
      { email: harness.admin.email, from: "ADMIN", to: "COMPLIANCE_OFFICER" },
      { email: harness.admin.email, from: "COMPLIANCE_OFFICER", to: "ADMIN" },
    ]);
  });
});

describe("two admins changing each other at the same moment", () => {
  it("take turns instead of deadlocking: both changes land", async () => {
    const { deactivateUser } = await import("@/lib/server/users/deactivate-user");
    const { reactivateUser } = await import("@/lib/server/users/reactivate-user");
    const admins = [];
    for (const name of ["first", "second"]) {
      const email = uniqueEmail(`${name}-racing-admin`);
      const { userId } = await invite(email, { role: "ADMIN" });
      await setPassword(await tokenSentTo(email), `${name} racing admin password`);
      const user = await harness.db.user.findUniqueOrThrow({ where: { id: userId } });
      admins.push({ id: user.id, email: user.email, name: user.name, role: user.role });
    }
    const [first, second] = admins as [(typeof admins)[number], (typeof admins)[number]];
    for (let round = 0; round < 4; round++) {
      const outcomes = await Promise.allSettled([
        deactivateUser({ userId: second.id, actor: first }),
        deactivateUser({ userId: first.id, actor: second }),
      ]);
      expect(outcomes.map((outcome) => outcome.status)).toEqual(["fulfilled", "fulfilled"]);
      await reactivateUser({ userId: first.id, actor: harness.admin });
      await reactivateUser({ userId: second.id, actor: harness.admin });
    }
  });
});

describe("sessions", () => {
  async function activeUser() {
    const email = uniqueEmail("session");
    const { userId } = await invite(email);
    await setPassword(await tokenSentTo(email), "session user password");
    return { userId, email };
  }

  it("a signed-out session no longer resolves to its user; other sessions do", async () => {
    const { startUserSession, endUserSession } = await import("@/lib/server/auth/sessions");
    const { userId, email } = await activeUser();
    const [kept, ended] = [await startUserSession(userId), await startUserSession(userId)];
    expect(await sessionUser(userId, ended)).toMatchObject({ id: userId, email, role: "VIEWER" });
    await endUserSession(ended);
    expect(await sessionUser(userId, ended)).toBeNull();
    expect(await sessionUser(userId, kept)).toMatchObject({ id: userId });
    // A session id is bound to its user: it does not work for anyone else.
    expect(await sessionUser(harness.admin.id, kept)).toBeNull();
    expect(await sessionUser(userId, "made-up")).toBeNull();
  });

  it("a password reset and a deactivation end every session; a role change shows at once", async () => {
    const { startUserSession } = await import("@/lib/server/auth/sessions");
    const { sendPasswordLink } = await import("@/lib/server/users/send-password-link");
    const { deactivateUser } = await import("@/lib/server/users/deactivate-user");
    const { reactivateUser } = await import("@/lib/server/users/reactivate-user");
    const { changeUserRole } = await import("@/lib/server/users/change-user-role");
    const { userId, email } = await activeUser();

    const before = await startUserSession(userId);
    await changeUserRole({ userId, role: "COMPLIANCE_OFFICER", actor: harness.admin });
    expect(await sessionUser(userId, before)).toMatchObject({ role: "COMPLIANCE_OFFICER" });
    const reset = await sendPasswordLink({ userId, actor: harness.admin });
    expect(reset.purpose).toBe("RESET");
    // Sending the link changes nothing yet; using it does.
    expect(await sessionUser(userId, before)).not.toBeNull();
    await setPassword(await tokenSentTo(email), "a brand new password");
    expect(await sessionUser(userId, before)).toBeNull();

    const after = await startUserSession(userId);
    await deactivateUser({ userId, actor: harness.admin });
    expect(await sessionUser(userId, after)).toBeNull();
    await reactivateUser({ userId, actor: harness.admin });
    // Reactivation lets them sign in again; it does not revive the sessions that deactivation ended.
    expect(await sessionUser(userId, after)).toBeNull();
    expect(await sessionUser(userId, await startUserSession(userId))).not.toBeNull();
  });

  it("a sign-in lasts eight hours however active it is, then no longer resolves", async () => {
    const { startUserSession } = await import("@/lib/server/auth/sessions");
    const { userId } = await activeUser();
    const session = await startUserSession(userId);
    await harness.db.userSession.update({
      where: { id: session },
      data: { createdAt: new Date(Date.now() - 8 * hour + 60_000) },
    });
    expect(await sessionUser(userId, session)).not.toBeNull();
    await harness.db.userSession.update({
      where: { id: session },
      data: { createdAt: new Date(Date.now() - 8 * hour - 60_000) },
    });
    expect(await sessionUser(userId, session)).toBeNull();
  });

  it("sessions older than 30 days are pruned; younger ones stay", async () => {
    const { startUserSession, pruneOldSessions } = await import("@/lib/server/auth/sessions");
    const { userId } = await activeUser();
    const session = await startUserSession(userId);
    const createdAt = (await harness.db.userSession.findUniqueOrThrow({ where: { id: session } })).createdAt;
    const day = 24 * hour;
    await pruneOldSessions(new Date(createdAt.getTime() + 29 * day));
    expect(await sessionUser(userId, session)).not.toBeNull();
    await pruneOldSessions(new Date(createdAt.getTime() + 31 * day));
    expect(await harness.db.userSession.count({ where: { id: session } })).toBe(0);
  });

  it("changing one's own password keeps this session and ends the others", async () => {
    const { startUserSession } = await import("@/lib/server/auth/sessions");
    const { changeOwnPassword, WrongCurrentPassword } = await import(
      "@/lib/server/users/change-own-password"
    );
    const { verifyPassword } = await import("@/lib/server/auth/password");
    const { userId } = await activeUser();
    const [here, elsewhere] = [await startUserSession(userId), await startUserSession(userId)];
    const me = await sessionUser(userId, here);
    if (!me) throw new Error("the session should resolve");
    await expect(
      changeOwnPassword({
        user: me,
        input: {
          currentPassword: "not my password",
          password: "whatever password",
          confirmPassword: "whatever password",
        },
      }),
    ).rejects.toBeInstanceOf(WrongCurrentPassword);
    await changeOwnPassword({
      user: me,
      input: {
        currentPassword: "session user password",
        password: "my next password",
        confirmPassword: "my next password",
      },
    });
    expect(await sessionUser(userId, here)).not.toBeNull();
    expect(await sessionUser(userId, elsewhere)).toBeNull();
    const stored = await harness.db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(await verifyPassword("my next password", stored.passwordHash ?? "")).toBe(true);
    expect(await verifyPassword("session user password", stored.passwordHash ?? "")).toBe(false);
  });
});
