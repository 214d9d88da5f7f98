import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BorrowerDetailView } from "@/components/borrowers/borrower-detail-view";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/server/auth/current-user";
import { getBorrowerDetail } from "@/lib/server/borrowers/get-borrower-detail";
import { env } from "@/lib/server/env";

export const metadata: Metadata = { title: "Borrower" };

export default async function BorrowerPage({ params }: { params: Promise<{ borrowerId: string }> }) {
  const user = await requirePagePermission("borrowers.read");
  const { borrowerId } = await params;
  const borrower = await getBorrowerDetail(borrowerId);
  if (!borrower) notFound();
  return (
    <BorrowerDetailView
      borrower={borrower}
      now={new Date()}
      staleAfterHours={env.FRESHNESS_STALE_HOURS}
      canStartIgnition={can(user.role, "ignition.start")}
      canDescope={can(user.role, "connections.descope")}
    />
  );
}
