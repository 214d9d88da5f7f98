import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ProfileActions } from "@/components/requirements/profile-actions";
import { ProfileEditor } from "@/components/requirements/profile-editor";
import { ProfileSummary } from "@/components/requirements/profile-summary";
import { can } from "@/lib/auth/permissions";
import { ruleCatalogForEditor } from "@/lib/requirements/profile-form";
import { requirePagePermission } from "@/lib/server/auth/current-user";
import { getProfile } from "@/lib/server/profiles/list-profiles";

export const metadata: Metadata = { title: "Requirement profile" };

export default async function ProfilePage({
  params,
  searchParams,
}: {
  params: Promise<{ profileId: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const user = await requirePagePermission("requirements.read");
  const [{ profileId }, { saved }] = await Promise.all([params, searchParams]);
  const profile = await getProfile(profileId);
  if (!profile) notFound();
  const version = profile.versions[0];
  const isEditable = can(user.role, "requirements.write") && !profile.retiredAt;
  return (
    <section className="space-y-6">
      <ProfileSummary profile={profile} justSaved={saved === "1"} />
      {can(user.role, "requirements.write") && (
        <ProfileActions profileId={profile.id} canRetire={!profile.isDefault && !profile.retiredAt} />
      )}
      {isEditable && (
        <ProfileEditor
          profileId={profile.id}
          catalog={ruleCatalogForEditor()}
          draft={{
            name: profile.name,
            description: profile.description ?? "",
            reminderDays: profile.reminderDays,
            autoOutreach: profile.autoOutreach,
            rules: Object.fromEntries(
              (version?.rules ?? []).map((rule) => [
                rule.ruleKey,
                { severity: rule.severity, input: rule.input as Record<string, unknown> },
              ]),
            ),
          }}
        />
      )}
    </section>
  );
}
