import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { BorrowerRecordHeader } from "@/components/borrowers/borrower-record-header";
import { RecordActions } from "@/components/borrowers/record-actions";
import { RecordTabs } from "@/components/borrowers/record-tabs";
import { LiveRefresh } from "@/components/shell/live-refresh";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/server/auth/current-user";
import { getBorrowerHeader } from "@/lib/server/borrowers/get-borrower-header";
import { getCarrierNames } from "@/lib/server/carriers/carrier-names";
import { env } from "@/lib/server/env";
import { listProfiles } from "@/lib/server/profiles/list-profiles";

type Params = { params: Promise<{ borrowerId: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  await requirePagePermission("borrowers.read");
  const borrower = await getBorrowerHeader((await params).borrowerId);
  return {
    title: borrower ? `${borrower.firstName} ${borrower.lastName} · Borrowers` : "Borrower not found",
  };
}

// The header and tabs of every tab of the record. Checked here, outside the tabs' loading boundary, so an
// unknown borrower is a real 404 and a refused user a real 403.
export default async function BorrowerRecordLayout({ children, params }: Params & { children: ReactNode }) {
  const user = await requirePagePermission("borrowers.read");
  const { borrowerId } = await params;
  const [borrower, carrierName, profiles] = await Promise.all([
    getBorrowerHeader(borrowerId),
    getCarrierNames(),
    listProfiles(),
  ]);
  if (!borrower) notFound();
  const name = `${borrower.firstName} ${borrower.lastName}`;
  const profileName =
    borrower.requirementProfile?.name ??
    `${profiles.find((profile) => profile.isDefault)?.name ?? "The default profile"} (default)`;

  return (
    <div className="flex flex-col">
      {/* One stream for every tab: the layout stays mounted while the tabs change. */}
      <LiveRefresh borrowerId={borrower.id} />
      <BorrowerRecordHeader
        borrower={borrower}
        name={name}
        carrierName={carrierName}
        profileName={profileName}
        now={new Date()}
        staleAfterHours={env.FRESHNESS_STALE_HOURS}
        actions={
          <RecordActions
            borrower={borrower}
            name={name}
            carrierName={carrierName}
            canOutreach={can(user.role, "outreach.send")}
            canDescope={can(user.role, "connections.descope")}
          />
        }
        tabs={
          <RecordTabs
            borrowerId={borrower.id}
            tabs={[
              { segment: "", label: "Compliance", count: borrower.openViolationCount },
              { segment: "policy", label: "Policy" },
              { segment: "timeline", label: "Timeline" },
              { segment: "collateral", label: "Collateral", count: borrower.vehicles.length },
              { segment: "outreach", label: "Outreach", count: borrower._count.outreach },
            ]}
          />
        }
      />
      {children}
    </div>
  );
}
