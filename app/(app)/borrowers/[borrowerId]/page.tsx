import { notFound } from "next/navigation";
import { BorrowerDetailView } from "@/components/borrowers/borrower-detail-view";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/server/auth/current-user";
import { getBorrowerDetail } from "@/lib/server/borrowers/get-borrower-detail";
import { getCarrierNames } from "@/lib/server/carriers/carrier-names";
import { env } from "@/lib/server/env";
import { listProfiles } from "@/lib/server/profiles/list-profiles";
import { listAssigneeOptions } from "@/lib/server/users/list-assignee-options";

type Params = { params: Promise<{ borrowerId: string }> };

/** The record's Compliance tab: open violations and their actions, each policy's rules, Ignition, requirements. */
export default async function BorrowerCompliancePage({ params }: Params) {
  const user = await requirePagePermission("borrowers.read");
  const { borrowerId } = await params;
  const canManage = can(user.role, "violations.manage");
  const [borrower, profiles, carrierName, assignees] = await Promise.all([
    getBorrowerDetail(borrowerId),
    listProfiles(),
    getCarrierNames(),
    canManage ? listAssigneeOptions() : [],
  ]);
  if (!borrower) notFound();
  return (
    <BorrowerDetailView
      borrower={borrower}
      carrierName={carrierName}
      now={new Date()}
      staleAfterHours={env.FRESHNESS_STALE_HOURS}
      profiles={profiles
        .filter((profile) => !profile.retiredAt)
        .map(({ id, name, isDefault }) => ({ id, name, isDefault }))}
      assignees={assignees}
      permissions={{
        canStartIgnition: can(user.role, "ignition.start"),
        canAssign: can(user.role, "profiles.assign"),
        canManage,
        canOutreach: can(user.role, "outreach.send"),
        canResync: can(user.role, "borrowers.resync"),
      }}
    />
  );
}
