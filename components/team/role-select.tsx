"use client";

import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { type Role, roleLabels, roles } from "@/lib/auth/permissions";

/** What each role may do, in a few words (the hint under a role field). */
export const roleHints: Record<Role, string> = {
  ADMIN: "Everything, including the team and requirements",
  COMPLIANCE_OFFICER: "Works violations, asks borrowers to reconnect",
  VIEWER: "Reads the dashboard",
};

/** The role picker: in a form (by `name`) or controlled (`value` and `onValueChange`). */
export function RoleSelect({
  id,
  name,
  value,
  defaultValue,
  onValueChange,
  invalid,
  testId,
}: {
  id: string;
  name?: string;
  value?: Role;
  defaultValue?: Role;
  onValueChange?: (role: Role) => void;
  invalid?: boolean;
  testId?: string;
}) {
  return (
    <Select
      name={name}
      value={value}
      defaultValue={defaultValue}
      onValueChange={(next) => onValueChange?.(next as Role)}
    >
      <SelectTrigger id={id} className="w-full" aria-invalid={invalid || undefined} data-testid={testId}>
        <SelectValue />
      </SelectTrigger>
      <SelectContent>
        {roles.map((role) => (
          <SelectItem key={role} value={role} data-testid={testId ? `${testId}-${role}` : undefined}>
            {roleLabels[role]}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}
