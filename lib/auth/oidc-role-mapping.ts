// Turns the identity provider's role claim (`groups`, `roles`, …) into a Coverwatch role.
import { type Role, roles } from "./permissions";

/** One `OIDC_ROLE_MAP` entry: a value of the role claim and the role it grants. */
export type RoleMapEntry = { value: string; role: Role };

export type RoleMappingRules = {
  /** The claim's name; unset when roles are managed in Coverwatch rather than at the identity provider. */
  roleClaim: string | undefined;
  roleMap: readonly RoleMapEntry[];
  defaultRole: Role | undefined;
};

/** What the claims decide: a role (and whether the claim or the default gave it), or nothing. */
export type RoleResolution = { role: Role; source: "claim" | "default" } | null;

/**
 * Parses `group=ROLE,group=ROLE`. Values are split from their role at the last `=`, so a value may contain one;
 * a value cannot contain a comma. Returns the entries, or the first problem in words.
 */
export function parseRoleMap(text: string): { entries: RoleMapEntry[] } | { problem: string } {
  const entries: RoleMapEntry[] = [];
  for (const raw of text.split(",")) {
    const entry = raw.trim();
    if (!entry) continue;
    const split = entry.lastIndexOf("=");
    const value = entry.slice(0, split).trim();
    const role = entry.slice(split + 1).trim();
    if (split <= 0 || !value) return { problem: `"${entry}" is not of the form claim-value=ROLE` };
    if (!isRole(role)) return { problem: `"${role}" in "${entry}" is not one of ${roles.join(", ")}` };
    entries.push({ value, role });
  }
  return { entries };
}

/** A claim may hold one string or a list of them (Okta and Entra ID send lists); anything else holds none. */
export function claimValues(claim: unknown): string[] {
  if (typeof claim === "string") return [claim];
  if (Array.isArray(claim)) return claim.filter((value): value is string => typeof value === "string");
  return [];
}

/** The most privileged role that any of the claim's values maps to. */
export function mapClaimToRole(claim: unknown, roleMap: readonly RoleMapEntry[]): Role | null {
  const values = new Set(claimValues(claim));
  const granted = new Set(roleMap.filter((entry) => values.has(entry.value)).map((entry) => entry.role));
  // `roles` lists the most privileged first.
  return roles.find((role) => granted.has(role)) ?? null;
}

/** The mapped role, else the default role, else nothing (the sign-in is then refused). */
export function resolveRole(claims: Record<string, unknown>, rules: RoleMappingRules): RoleResolution {
  const mapped = rules.roleClaim ? mapClaimToRole(claims[rules.roleClaim], rules.roleMap) : null;
  if (mapped) return { role: mapped, source: "claim" };
  if (rules.defaultRole) return { role: rules.defaultRole, source: "default" };
  return null;
}

function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}
