import type { ReactNode } from "react";
import { requirePagePermission } from "@/lib/server/auth/current-user";

// The permission is checked here, outside the segment's loading boundary, so a refusal is a real 403 rather
// than a 200 whose streamed body turns into the forbidden page.
export default async function Layout({ children }: { children: ReactNode }) {
  await requirePagePermission("operations.read");
  return children;
}
