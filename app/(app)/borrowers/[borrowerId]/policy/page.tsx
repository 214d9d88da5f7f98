import { notFound } from "next/navigation";
import { PolicyTab } from "@/components/borrowers/policy/policy-tab";
import { requirePagePermission } from "@/lib/server/auth/current-user";
import { getBorrowerHeader } from "@/lib/server/borrowers/get-borrower-header";
import { getBorrowerPolicies } from "@/lib/server/borrowers/get-borrower-policies";
import { getCarrierNames } from "@/lib/server/carriers/carrier-names";
import { env } from "@/lib/server/env";

export default async function BorrowerPolicyPage({ params }: { params: Promise<{ borrowerId: string }> }) {
  await requirePagePermission("borrowers.read");
  const { borrowerId } = await params;
  const [borrower, policies, carrierName] = await Promise.all([
    getBorrowerHeader(borrowerId),
    getBorrowerPolicies(borrowerId),
    getCarrierNames(),
  ]);
  if (!borrower) notFound();
  return (
    <PolicyTab
      policies={policies}
      collateralVins={borrower.vehicles.map((vehicle) => vehicle.vin)}
      carrierName={carrierName}
      now={new Date()}
      staleAfterHours={env.FRESHNESS_STALE_HOURS}
    />
  );
}
