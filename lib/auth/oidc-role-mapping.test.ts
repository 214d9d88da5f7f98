import { describe, expect, it } from "vitest";
import { mapClaimToRole, parseRoleMap, type RoleMapEntry, resolveRole } from "./oidc-role-mapping";

const roleMap: RoleMapEntry[] = [
  { value: "coverwatch-admins", role: "ADMIN" },
  { value: "coverwatch-officers", role: "COMPLIANCE_OFFICER" },
  { value: "coverwatch-viewers", role: "VIEWER" },
];

describe("mapClaimToRole", () => {
  it.each([
    ["a single string", "coverwatch-officers", "COMPLIANCE_OFFICER"],
    ["a list with one match", ["everyone", "coverwatch-viewers"], "VIEWER"],
    ["a list where the admin group comes last", ["coverwatch-viewers", "coverwatch-admins"], "ADMIN"],
    ["officer and viewer", ["coverwatch-viewers", "coverwatch-officers"], "COMPLIANCE_OFFICER"],
    ["values that differ only in case", ["Coverwatch-Admins"], null],
    ["no mapped value", ["everyone"], null],
    ["an empty list", [], null],
    ["a missing claim", undefined, null],
    ["a number", 7, null],
    ["a list with non-strings", [7, null, "coverwatch-viewers"], "VIEWER"],
  ])("%s", (_label, claim, expected) => {
    expect(mapClaimToRole(claim, roleMap)).toBe(expected);
  });
});

describe("resolveRole", () => {
  const rules = { roleClaim: "groups", roleMap, defaultRole: undefined };

  it("takes the role the claim maps to, ahead of the default", () => {
    expect(resolveRole({ groups: ["coverwatch-admins"] }, { ...rules, defaultRole: "VIEWER" })).toEqual({
      role: "ADMIN",
      source: "claim",
    });
  });

  it("falls back to the default role when nothing maps", () => {
    expect(resolveRole({ groups: ["everyone"] }, { ...rules, defaultRole: "VIEWER" })).toEqual({
      role: "VIEWER",
      source: "default",
    });
  });

  it("decides nothing when nothing maps and there is no default (the sign-in is refused)", () => {
    expect(resolveRole({ groups: ["everyone"] }, rules)).toBeNull();
    expect(resolveRole({}, rules)).toBeNull();
  });

  it("reads the claim the rules name", () => {
    expect(resolveRole({ roles: "coverwatch-officers" }, { ...rules, roleClaim: "roles" })?.role).toBe(
      "COMPLIANCE_OFFICER",
    );
    expect(resolveRole({ groups: "coverwatch-officers" }, { ...rules, roleClaim: "roles" })).toBeNull();
  });

  it("uses only the default when no role claim is configured", () => {
    const noClaim = { roleClaim: undefined, roleMap, defaultRole: "VIEWER" as const };
    expect(resolveRole({ groups: ["coverwatch-admins"] }, noClaim)).toEqual({
      role: "VIEWER",
      source: "default",
    });
  });
});

describe("parseRoleMap", () => {
  it("reads entries, trimming spaces and skipping empty ones", () => {
    expect(parseRoleMap(" coverwatch-admins=ADMIN , ,coverwatch-viewers = VIEWER,")).toEqual({
      entries: [
        { value: "coverwatch-admins", role: "ADMIN" },
        { value: "coverwatch-viewers", role: "VIEWER" },
      ],
    });
  });

  it("splits at the last '=' so a value may contain one", () => {
    expect(parseRoleMap("cn=officers=COMPLIANCE_OFFICER")).toEqual({
      entries: [{ value: "cn=officers", role: "COMPLIANCE_OFFICER" }],
    });
  });

  it.each([
    ["coverwatch-admins", '"coverwatch-admins" is not of the form claim-value=ROLE'],
    ["=ADMIN", '"=ADMIN" is not of the form claim-value=ROLE'],
    ["admins=admin", '"admin" in "admins=admin" is not one of ADMIN, COMPLIANCE_OFFICER, VIEWER'],
  ])("names the problem in %s", (text, problem) => {
    expect(parseRoleMap(text)).toEqual({ problem });
  });
});
