import type { Metadata } from "next";
import { AuditLogView } from "@/components/audit/audit-log-view";
import type { RawSearchParams } from "@/lib/search-params";
import { listAudit, listAuditChoices, parseAuditListParams } from "@/lib/server/audit/list-audit";
import { requirePagePermission } from "@/lib/server/auth/current-user";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await requirePagePermission("audit.read");
  const params = parseAuditListParams(await searchParams);
  const [page, choices] = await Promise.all([listAudit(params), listAuditChoices()]);
  return <AuditLogView params={params} page={page} choices={choices} />;
}
