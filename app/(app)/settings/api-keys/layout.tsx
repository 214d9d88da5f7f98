import type { ReactNode } from "react";
import { RequirePermission } from "@/components/shell/require-permission";

export default function Layout({ children }: { children: ReactNode }) {
  return <RequirePermission permission="integrations.manage">{children}</RequirePermission>;
}
