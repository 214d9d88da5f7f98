import type { Metadata } from "next";
import { ViolationQueue } from "@/components/violations/violation-queue";
import { ruleCatalog } from "@/lib/requirements/rule-catalog";
import { requirePagePermission } from "@/lib/server/auth/current-user";
import { listProfileOptions } from "@/lib/server/profiles/list-profile-options";
import { listViolations, parseViolationListParams } from "@/lib/server/violations/list-violations";

export const metadata: Metadata = { title: "Violations" };

export default async function ViolationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePagePermission("violations.read");
  const params = parseViolationListParams(await searchParams);
  const now = new Date();
  const [page, profiles] = await Promise.all([listViolations(params, now), listProfileOptions()]);
  return (
    <ViolationQueue
      params={params}
      page={page}
      rules={ruleCatalog.map((rule) => ({ value: rule.key, label: rule.title }))}
      profiles={profiles}
      now={now}
    />
  );
}
