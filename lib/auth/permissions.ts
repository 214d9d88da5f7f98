// Who may do what. One table, checked by one helper that fails closed on anything it does not know.
export const roles = ["ADMIN", "COMPLIANCE_OFFICER", "VIEWER"] as const;
export type Role = (typeof roles)[number];

const permissionTable = {
  "dashboard.read": ["ADMIN", "COMPLIANCE_OFFICER", "VIEWER"],
  "borrowers.read": ["ADMIN", "COMPLIANCE_OFFICER", "VIEWER"],
  "ignition.start": ["ADMIN"],
  "connections.descope": ["ADMIN"],
  "requirements.read": ["ADMIN", "COMPLIANCE_OFFICER", "VIEWER"],
  "requirements.write": ["ADMIN"],
  "profiles.assign": ["ADMIN"],
  "violations.read": ["ADMIN", "COMPLIANCE_OFFICER", "VIEWER"],
  "violations.manage": ["ADMIN", "COMPLIANCE_OFFICER"],
  "outreach.send": ["ADMIN", "COMPLIANCE_OFFICER"],
  "borrowers.import": ["ADMIN"],
  "borrowers.resync": ["ADMIN", "COMPLIANCE_OFFICER"],
  "collateral.write": ["ADMIN", "COMPLIANCE_OFFICER"],
  "operations.read": ["ADMIN", "COMPLIANCE_OFFICER"],
  "operations.replay": ["ADMIN"],
  "users.manage": ["ADMIN"],
  "audit.read": ["ADMIN", "COMPLIANCE_OFFICER"],
  "integrations.manage": ["ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissionTable;

export function can(role: string | null | undefined, permission: Permission): boolean {
  const allowed: readonly string[] | undefined = permissionTable[permission];
  return Boolean(role && allowed?.includes(role));
}

export const roleLabels: Record<Role, string> = {
  ADMIN: "Admin",
  COMPLIANCE_OFFICER: "Compliance officer",
  VIEWER: "Viewer",
};
