// The single sign-on decision against a real PostgreSQL: who gets in, with which role, and what is recorded.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SsoRules } from "@/lib/server/auth/sso-sign-in";
import { type Harness, startServerHarness } from "../support/server-harness";

let harness: Harness;

beforeAll(async () => {
  harness = await startServerHarness();
});
afterAll(async () => {
  await harness.close();
});

const rules: SsoRules = {
  roleClaim: "groups",
  roleMap: [
    { value: "coverwatch-admins", role: "ADMIN" },
    { value: "coverwatch-officers", role: "COMPLIANCE_OFFICER" },
    { value: "coverwatch-viewers", role: "VIEWER" },
  ],
  defaultRole: undefined,
  allowSignup: false,
};

const unique = () => randomBytes(4).toString("hex");

async function decide(claims: Record<string, unknown>, overrides: Partial<SsoRules> = {}) {
  const { decideSsoSignIn } = await import("@/lib/server/auth/sso-sign-in");
  return decideSsoSignIn(claims, { ...rules, ...overrides });
}

async function existingUser(
  overrides: { role?: "ADMIN" | "COMPLIANCE_OFFICER" | "VIEWER"; disabledAt?: Date } = {},
) {
  return harness.db.user.create({
    data: { email: `person-${unique()}@lender.example`, name: "Pat Person", role: "VIEWER", ...overrides },
  });
}

const auditFor = (userId: string) =>
  harness.db.auditLog.findMany({ where: { targetType: "User", targetId: userId }, orderBy: { id: "asc" } });

describe("single sign-on", () => {
  it("lets a known user in by verified email, updates the role from the claim and audits the change", async () => {
    const user = await existingUser({ role: "VIEWER" });
    const subject = `sub-${unique()}`;
    const decision = await decide({
      sub: subject,
      email: user.email.toUpperCase(),
      email_verified: true,
      name: "Pat at the IdP",
      groups: ["everyone", "coverwatch-officers"],
    });
    expect(decision).toEqual({
      isAllowed: true,
      isNew: false,
      user: { id: user.id, email: user.email, name: "Pat Person", role: "COMPLIANCE_OFFICER" },
    });
    const stored = await harness.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored).toMatchObject({ role: "COMPLIANCE_OFFICER", oidcSubject: subject });
    expect(stored.lastSignInAt).toBeInstanceOf(Date);
    const audit = await auditFor(user.id);
    expect(audit.map((row) => [row.action, row.details])).toEqual([
      ["user.sso-linked", { email: user.email, subject }],
      [
        "user.role-changed",
        { email: user.email, from: "VIEWER", to: "COMPLIANCE_OFFICER", via: "single-sign-on" },
      ],
    ]);
  });

  it("records nothing but the sign-in time when the role does not change", async () => {
    const user = await existingUser({ role: "ADMIN" });
    const claims = {
      sub: `sub-${unique()}`,
      email: user.email,
      email_verified: true,
      groups: "coverwatch-admins",
    };
    await decide(claims);
    const firstSignIn = (await harness.db.user.findUniqueOrThrow({ where: { id: user.id } })).lastSignInAt;
    expect(await decide(claims)).toMatchObject({ isAllowed: true, user: { role: "ADMIN" } });
    const secondSignIn = (await harness.db.user.findUniqueOrThrow({ where: { id: user.id } })).lastSignInAt;
    expect(secondSignIn?.getTime()).toBeGreaterThanOrEqual(firstSignIn?.getTime() ?? Infinity);
    expect((await auditFor(user.id)).map((row) => row.action)).toEqual(["user.sso-linked"]);
  });

  it("refuses an unknown user when sign-up is off, and creates nothing", async () => {
    const email = `newcomer-${unique()}@lender.example`;
    const decision = await decide({ sub: `sub-${unique()}`, email, groups: ["coverwatch-viewers"] });
    expect(decision).toEqual({ isAllowed: false, reason: "unknown", email });
    expect(await harness.db.user.findUnique({ where: { email } })).toBeNull();
  });

  it("creates an unknown user with the mapped role when sign-up is on, and audits it", async () => {
    const email = `newcomer-${unique()}@lender.example`;
    const subject = `sub-${unique()}`;
    const decision = await decide(
      { sub: subject, email, name: "Nia Newcomer", groups: ["coverwatch-viewers", "coverwatch-officers"] },
      { allowSignup: true },
    );
    expect(decision).toMatchObject({
      isAllowed: true,
      isNew: true,
      user: { email, name: "Nia Newcomer", role: "COMPLIANCE_OFFICER" },
    });
    const created = await harness.db.user.findUniqueOrThrow({ where: { email } });
    expect(created).toMatchObject({ oidcSubject: subject, passwordHash: null, role: "COMPLIANCE_OFFICER" });
    expect((await auditFor(created.id)).map((row) => [row.action, row.details])).toEqual([
      ["user.created", { email, role: "COMPLIANCE_OFFICER", via: "single-sign-on" }],
    ]);
  });

  it("creates a newcomer with the default role when nothing maps, and refuses without one", async () => {
    const claims = () => ({
      sub: `sub-${unique()}`,
      email: `n-${unique()}@lender.example`,
      groups: ["everyone"],
    });
    expect(await decide(claims(), { allowSignup: true, defaultRole: "VIEWER" })).toMatchObject({
      isAllowed: true,
      user: { role: "VIEWER" },
    });
    expect(await decide(claims(), { allowSignup: true })).toMatchObject({
      isAllowed: false,
      reason: "no-role",
    });
  });

  it("refuses a deactivated user, leaving the account as it was", async () => {
    const user = await existingUser({ role: "VIEWER", disabledAt: new Date() });
    const decision = await decide({
      sub: `sub-${unique()}`,
      email: user.email,
      groups: ["coverwatch-admins"],
    });
    expect(decision).toEqual({ isAllowed: false, reason: "disabled", email: user.email });
    const stored = await harness.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored).toMatchObject({ role: "VIEWER", oidcSubject: null, lastSignInAt: null });
  });

  it("refuses an email the IdP says is not verified, and one with no email at all", async () => {
    const user = await existingUser();
    expect(await decide({ sub: `sub-${unique()}`, email: user.email, email_verified: false })).toEqual({
      isAllowed: false,
      reason: "unverified",
      email: user.email,
    });
    expect(await decide({ sub: `sub-${unique()}` })).toEqual({
      isAllowed: false,
      reason: "no-email",
      email: null,
    });
  });

  it("refuses a known user in no mapped group when there is no default role, and keeps their role", async () => {
    const user = await existingUser({ role: "ADMIN" });
    const decision = await decide({
      sub: `sub-${unique()}`,
      email: user.email,
      email_verified: true,
      groups: ["everyone"],
    });
    expect(decision).toEqual({ isAllowed: false, reason: "no-role", email: user.email });
    expect((await harness.db.user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("ADMIN");
  });

  it("keeps the role set in Coverwatch when no role claim is configured", async () => {
    const user = await existingUser({ role: "COMPLIANCE_OFFICER" });
    const decision = await decide(
      { sub: `sub-${unique()}`, email: user.email, email_verified: true, groups: ["coverwatch-admins"] },
      { roleClaim: undefined, roleMap: [], defaultRole: "VIEWER" },
    );
    expect(decision).toMatchObject({ isAllowed: true, user: { role: "COMPLIANCE_OFFICER" } });
  });

  it("links an existing account only by an email the IdP marks verified, unless the operator trusts it", async () => {
    const user = await existingUser();
    const claims = { sub: `sub-${unique()}`, email: user.email, groups: "coverwatch-viewers" };
    expect(await decide(claims)).toEqual({ isAllowed: false, reason: "unverified", email: user.email });
    expect((await harness.db.user.findUniqueOrThrow({ where: { id: user.id } })).oidcSubject).toBeNull();
    expect(await decide(claims, { trustUnverifiedEmail: true })).toMatchObject({
      isAllowed: true,
      user: { id: user.id },
    });
    // Once bound, the subject identifies the person: no email check needed.
    expect(await decide(claims)).toMatchObject({ isAllowed: true, user: { id: user.id } });
  });

  it("never demotes the last active admin, whatever the IdP's groups say", async () => {
    const others = await harness.db.user.findMany({
      where: { role: "ADMIN", disabledAt: null },
      select: { id: true },
    });
    await harness.db.user.updateMany({
      where: { id: { in: others.map((other) => other.id) } },
      data: { role: "VIEWER" },
    });
    try {
      const admin = await harness.db.user.create({
        data: {
          email: `last-admin-${unique()}@lender.example`,
          name: "Last Admin",
          role: "ADMIN",
          passwordHash: "set",
        },
      });
      const decision = await decide({
        sub: `sub-${unique()}`,
        email: admin.email,
        email_verified: true,
        groups: "coverwatch-viewers",
      });
      expect(decision).toMatchObject({ isAllowed: true, user: { id: admin.id, role: "ADMIN" } });
      expect((await harness.db.user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe("ADMIN");
      expect((await auditFor(admin.id)).map((row) => row.action)).toEqual(["user.sso-linked"]);
    } finally {
      await harness.db.user.updateMany({
        where: { id: { in: others.map((other) => other.id) } },
        data: { role: "ADMIN" },
      });
    }
  });

  it("matches on the bound subject once linked, and refuses another subject with the same email", async () => {
    const user = await existingUser();
    const subject = `sub-${unique()}`;
    await decide({ sub: subject, email: user.email, email_verified: true, groups: "coverwatch-viewers" });
    // The person's address changed at the IdP: the subject still finds them.
    expect(
      await decide({
        sub: subject,
        email: `renamed-${unique()}@lender.example`,
        groups: "coverwatch-viewers",
      }),
    ).toMatchObject({ isAllowed: true, user: { id: user.id } });
    // Someone else now holds the old address: not let into the first person's account.
    expect(await decide({ sub: `sub-${unique()}`, email: user.email, groups: "coverwatch-admins" })).toEqual({
      isAllowed: false,
      reason: "conflict",
      email: user.email,
    });
  });
});
