import { describe, expect, it } from "vitest";
import { parseAppEnv } from "../app-env";
import { oidcSettingsFrom } from "./sign-in-env";

const base = {
  DATABASE_URL: "postgresql://u:p@127.0.0.1:5432/coverwatch",
  APP_URL: "http://localhost:3000",
  NEXTAUTH_URL: "http://localhost:3000",
  NEXTAUTH_SECRET: "x".repeat(40),
  AXLE_BASE_URL: "http://localhost:4010",
  AXLE_CLIENT_ID: "cli_1",
  AXLE_CLIENT_SECRET: "sk_1",
  AXLE_WEBHOOK_SECRET: "whsec_0123456789abcdef",
  TOKEN_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64"),
};
const oidc = {
  OIDC_ISSUER: "https://lender.okta.com/",
  OIDC_CLIENT_ID: "0oa-client",
  OIDC_CLIENT_SECRET: "very-secret-value",
};

describe("the sign-in environment", () => {
  it("defaults to email and password only", () => {
    const env = parseAppEnv(base);
    expect(env.AUTH_CREDENTIALS).toBe(true);
    expect(oidcSettingsFrom(env)).toBeNull();
  });

  it("reads single sign-on's settings, with defaults", () => {
    const settings = oidcSettingsFrom(parseAppEnv({ ...base, ...oidc }));
    expect(settings).toEqual({
      issuer: "https://lender.okta.com",
      clientId: "0oa-client",
      clientSecret: "very-secret-value",
      name: "Single sign-on",
      scope: "openid email profile",
      roleClaim: undefined,
      roleMap: [],
      defaultRole: undefined,
      allowSignup: false,
      trustUnverifiedEmail: false,
    });
  });

  it("reads the role claim, the role map, the default role and sign-up", () => {
    const settings = oidcSettingsFrom(
      parseAppEnv({
        ...base,
        ...oidc,
        OIDC_NAME: "Okta",
        OIDC_ROLE_CLAIM: "groups",
        OIDC_ROLE_MAP: "coverwatch-admins=ADMIN,coverwatch-viewers=VIEWER",
        OIDC_DEFAULT_ROLE: "VIEWER",
        OIDC_ALLOW_SIGNUP: "true",
        OIDC_TRUST_UNVERIFIED_EMAIL: "true",
        AUTH_CREDENTIALS: "false",
      }),
    );
    expect(settings).toMatchObject({
      name: "Okta",
      roleClaim: "groups",
      roleMap: [
        { value: "coverwatch-admins", role: "ADMIN" },
        { value: "coverwatch-viewers", role: "VIEWER" },
      ],
      defaultRole: "VIEWER",
      allowSignup: true,
      trustUnverifiedEmail: true,
    });
  });

  it("treats empty values as unset", () => {
    const env = parseAppEnv({
      ...base,
      OIDC_ISSUER: "",
      OIDC_CLIENT_ID: "",
      OIDC_CLIENT_SECRET: "",
      OIDC_NAME: "",
    });
    expect(oidcSettingsFrom(env)).toBeNull();
    expect(env.OIDC_NAME).toBe("Single sign-on");
  });

  it.each([
    [
      { OIDC_ISSUER: oidc.OIDC_ISSUER },
      [
        "OIDC_CLIENT_ID: is missing: single sign-on needs all of OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, or none of them",
        "OIDC_CLIENT_SECRET: is missing: single sign-on needs all of",
      ],
    ],
    [
      { ...oidc, OIDC_CLIENT_SECRET: undefined },
      ["OIDC_CLIENT_SECRET: is missing: single sign-on needs all of"],
    ],
    [{ AUTH_CREDENTIALS: "false" }, ['AUTH_CREDENTIALS: is "false", but single sign-on is not configured']],
    [{ AUTH_CREDENTIALS: "no" }, ['AUTH_CREDENTIALS: must be "true" or "false"']],
    [{ ...oidc, OIDC_ISSUER: "lender.okta.com" }, ["OIDC_ISSUER: "]],
    [{ ...oidc, OIDC_DEFAULT_ROLE: "OWNER" }, ["OIDC_DEFAULT_ROLE: "]],
    [
      { ...oidc, OIDC_ROLE_CLAIM: "groups", OIDC_ROLE_MAP: "admins=SUPERUSER" },
      ['OIDC_ROLE_MAP: "SUPERUSER" in "admins=SUPERUSER" is not one of ADMIN, COMPLIANCE_OFFICER, VIEWER'],
    ],
    [{ ...oidc, OIDC_ROLE_MAP: "admins=ADMIN" }, ["OIDC_ROLE_MAP: needs OIDC_ROLE_CLAIM"]],
    [{ ...oidc, OIDC_ALLOW_SIGNUP: "yes" }, ['OIDC_ALLOW_SIGNUP: must be "true" or "false"']],
  ])("refuses %o, naming the variable", (override, messages) => {
    let message = "";
    try {
      parseAppEnv({ ...base, ...override });
    } catch (error) {
      message = String(error);
    }
    for (const expected of messages) expect(message).toContain(expected);
  });

  it("never puts the client secret in its message", () => {
    expect(() => parseAppEnv({ ...base, ...oidc, OIDC_ISSUER: undefined })).toThrow(/OIDC_ISSUER/);
    expect(() => parseAppEnv({ ...base, ...oidc, OIDC_ISSUER: undefined })).not.toThrow(/very-secret-value/);
  });
});
