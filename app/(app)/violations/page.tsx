import type { Metadata } from "next";
import { ViolationQueue } from "@/components/violations/violation-queue";
import { ruleCatalog } from "@/lib/requirements/rule-catalog";
import { requirePagePermission } from "@/lib/server/auth/current-user";
import { listProfiles } from "@/lib/server/profiles/list-profiles";
import { listViolations, violationFiltersSchema } from "@/lib/server/violations/list-violations";

export const metadata: Metadata = { title: "Violations" };

export default async function ViolationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  await requirePagePermission("violations.read");
  const filters = violationFiltersSchema.parse(await searchParams);
  const [violations, profiles] = await Promise.all([listViolations(filters), listProfiles()]);
  return (
    <ViolationQueue
      violations={violations}
      filters={filters}
      rules={ruleCatalog.map((rule) => ({ key: rule.key, title: rule.title }))}
      profiles={profiles.map((profile) => ({
        id: profile.isDefault ? "default" : profile.id,
        name: profile.name,
      }))}
      now={new Date()}
    />
  );
}
