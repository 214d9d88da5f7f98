import type { ReactNode } from "react";
import type { Permission } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/server/auth/current-user";

/**
 * Refuses users without `permission`, from a segment's layout. A layout renders outside its segment's loading.tsx
 * boundary, so the refusal is a real 403; the same check in the page would stream the forbidden page under a 200.
 * List pages sit in route groups (`borrowers/(list)`) so that their skeletons do not wrap these layouts either.
 */
export async function RequirePermission({
  permission,
  children,
}: {
  permission: Permission;
  children: ReactNode;
}) {
  await requirePagePermission(permission);
  return children;
}
