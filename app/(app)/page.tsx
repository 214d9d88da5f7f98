import type { Metadata } from "next";
import { BorrowerOverviewTable } from "@/components/dashboard/borrower-overview-table";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/server/auth/current-user";
import { listBorrowerOverview } from "@/lib/server/dashboard/list-borrower-overview";
import { env } from "@/lib/server/env";

export const metadata: Metadata = { title: "Borrowers" };

export default async function DashboardPage() {
  const user = await requirePagePermission("dashboard.read");
  const borrowers = await listBorrowerOverview();
  return (
    <BorrowerOverviewTable
      borrowers={borrowers}
      now={new Date()}
      staleAfterHours={env.FRESHNESS_STALE_HOURS}
      canStartIgnition={can(user.role, "ignition.start")}
      canDescope={can(user.role, "connections.descope")}
    />
  );
}
