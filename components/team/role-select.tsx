"use client";

import { OptionSelect } from "@/components/ui/option-select";
import { type Role, roleLabels, roles } from "@/lib/auth/permissions";

/** What each role may do, in a few words (the hint under a role field). */
export const roleHints: Record<Role, string> = {
  ADMIN: "Everything, including the team and requirements",
  COMPLIANCE_OFFICER: "Works violations, asks borrowers to reconnect",
  VIEWER: "Reads the dashboard",
};

const options = roles.map((role) => ({ value: role, label: roleLabels[role] }));

type Props = Omit<Parameters<typeof OptionSelect<Role>>[0], "options">;

/** The role picker: in a form (by `name`) or controlled (`value` and `onValueChange`). */
export function RoleSelect(props: Props) {
  return <OptionSelect {...props} options={options} />;
}
