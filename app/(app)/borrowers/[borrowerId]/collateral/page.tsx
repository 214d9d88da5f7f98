import { notFound } from "next/navigation";
import { CollateralCard } from "@/components/borrowers/collateral-card";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/server/auth/current-user";
import { getBorrowerHeader } from "@/lib/server/borrowers/get-borrower-header";

export default async function BorrowerCollateralPage({
  params,
}: {
  params: Promise<{ borrowerId: string }>;
}) {
  const user = await requirePagePermission("borrowers.read");
  // The header already read the vehicles in this request (React's cache): no second query.
  const borrower = await getBorrowerHeader((await params).borrowerId);
  if (!borrower) notFound();
  return (
    <div className="max-w-3xl">
      <CollateralCard
        borrowerId={borrower.id}
        borrowerName={`${borrower.firstName} ${borrower.lastName}`}
        vehicles={borrower.vehicles}
        canEdit={can(user.role, "collateral.write")}
      />
    </div>
  );
}
