import type { Metadata } from "next";
import { ProfileList } from "@/components/requirements/profile-list";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/server/auth/current-user";
import { listProfiles } from "@/lib/server/profiles/list-profiles";

export const metadata: Metadata = { title: "Requirements" };

export default async function RequirementsPage() {
  const user = await requirePagePermission("requirements.read");
  return <ProfileList profiles={await listProfiles()} canWrite={can(user.role, "requirements.write")} />;
}
