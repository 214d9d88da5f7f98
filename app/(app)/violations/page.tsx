import type { Metadata } from "next";
import { ViolationQueue } from "@/components/violations/violation-queue";
import { can } from "@/lib/auth/permissions";
import { bulkActionKindsStartedFrom } from "@/lib/bulk/bulk-action-kinds";
import { ruleCatalog } from "@/lib/requirements/rule-catalog";
import type { RawSearchParams } from "@/lib/search-params";
import { requirePagePermission } from "@/lib/server/auth/current-user";
import { listRecentBulkActions } from "@/lib/server/bulk/get-bulk-action-progress";
import { listProfileOptions } from "@/lib/server/profiles/list-profile-options";
import { listAssigneeOptions } from "@/lib/server/users/list-assignee-options";
import { listViolations } from "@/lib/server/violations/list-violations";
import { parseViolationListParams } from "@/lib/violations/violation-list-params";

export const metadata: Metadata = { title: "Violations" };

export default async function ViolationsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await requirePagePermission("violations.read");
  const params = parseViolationListParams(await searchParams);
  const now = new Date();
  const canManage = can(user.role, "violations.manage");
  const [page, profiles, assignees, recentBulkActions] = await Promise.all([
    listViolations(params, { now, userId: user.id }),
    listProfileOptions(),
    listAssigneeOptions(),
    canManage ? listRecentBulkActions(user.id, now, bulkActionKindsStartedFrom("violations")) : [],
  ]);
  const { assignee } = params.filters;
  const notices =
    assignee &&
    assignee !== "me" &&
    assignee !== "none" &&
    !assignees.some((option) => option.value === assignee)
      ? [...params.notices, "That assignee is not a user who works violations: nothing is assigned to them."]
      : params.notices;
  return (
    <ViolationQueue
      params={{ ...params, notices }}
      page={page}
      rules={ruleCatalog.map((rule) => ({ value: rule.key, label: rule.title }))}
      profiles={profiles}
      assignees={assignees}
      recentBulkActions={recentBulkActions}
      currentUserId={user.id}
      permissions={{ canManage, canAskReconnect: can(user.role, "outreach.send") }}
      now={now}
    />
  );
}
