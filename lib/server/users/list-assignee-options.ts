import "server-only";
import { can, roles } from "@/lib/auth/permissions";
import { db } from "../db";

export type AssigneeOption = { value: string; label: string };

/** The people a violation can be assigned to: active users whose role may work violations, by name. */
export async function listAssigneeOptions(): Promise<AssigneeOption[]> {
  const users = await db.user.findMany({
    where: { disabledAt: null, role: { in: roles.filter((role) => can(role, "violations.manage")) } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true },
  });
  return users.map((user) => ({ value: user.id, label: user.name }));
}
