import type { ReactNode } from "react";
import type { Permission } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/server/auth/current-user";

/**
 * A layout that refuses users without `permission`. A segment's layout renders outside its loading.tsx boundary,
 * so the refusal is a real 403; the same check in the page would stream the forbidden page under a 200. List
 * pages sit in route groups (`borrowers/(list)`) so that their skeletons do not wrap these layouts either.
 */
export function permissionLayout(permission: Permission) {
  return async function PermissionLayout({ children }: { children: ReactNode }) {
    await requirePagePermission(permission);
    return children;
  };
}
