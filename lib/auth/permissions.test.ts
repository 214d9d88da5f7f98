import { describe, expect, it } from "vitest";
import { can } from "./permissions";

describe("can", () => {
  it.each([
    ["ADMIN", "ignition.start", true],
    ["ADMIN", "connections.descope", true],
    ["COMPLIANCE_OFFICER", "ignition.start", false],
    ["COMPLIANCE_OFFICER", "connections.descope", false],
    ["COMPLIANCE_OFFICER", "dashboard.read", true],
    ["VIEWER", "ignition.start", false],
    ["VIEWER", "connections.descope", false],
    ["VIEWER", "borrowers.read", true],
    ["ADMIN", "integrations.manage", true],
    ["COMPLIANCE_OFFICER", "integrations.manage", false],
    ["VIEWER", "integrations.manage", false],
  ] as const)("%s may %s: %s", (role, permission, expected) => {
    expect(can(role, permission)).toBe(expected);
  });

  it("fails closed for an unknown or missing role", () => {
    expect(can("SUPERUSER", "dashboard.read")).toBe(false);
    expect(can(undefined, "dashboard.read")).toBe(false);
    expect(can("ADMIN", "no.such.permission" as never)).toBe(false);
  });
});
