import type { Permission } from "@/lib/auth/permissions";

/**
 * The permission each part of the dashboard needs, by path prefix (longest wins). The shell's layout checks it
 * before any loading.tsx boundary starts streaming, so a refused page still answers 403: a forbidden() thrown
 * by the page itself, inside a Suspense boundary, can only render the forbidden UI under a 200.
 * The pages keep their own checks; this table only decides the status code early.
 */
const routePermissions: { prefix: string; permission: Permission }[] = [
  { prefix: "/borrowers/new", permission: "ignition.start" },
  { prefix: "/borrowers/import", permission: "borrowers.import" },
  { prefix: "/borrowers", permission: "borrowers.read" },
  { prefix: "/violations", permission: "violations.read" },
  { prefix: "/requirements/new", permission: "requirements.write" },
  { prefix: "/requirements", permission: "requirements.read" },
  { prefix: "/outbox", permission: "violations.read" },
  { prefix: "/operations", permission: "operations.read" },
];

export function permissionForPath(pathname: string): Permission | null {
  let best: { prefix: string; permission: Permission } | null = null;
  for (const route of routePermissions) {
    const matches = pathname === route.prefix || pathname.startsWith(`${route.prefix}/`);
    if (matches && (!best || route.prefix.length > best.prefix.length)) best = route;
  }
  return best?.permission ?? null;
}
