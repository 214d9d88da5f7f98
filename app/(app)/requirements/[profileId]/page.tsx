import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BulkActionProgressPanel } from "@/components/bulk/bulk-action-progress";
import { ProfileActions } from "@/components/requirements/profile-actions";
import { ProfileEditor } from "@/components/requirements/profile-editor";
import { ProfileSavedNotice } from "@/components/requirements/profile-saved-notice";
import { ProfileSummary } from "@/components/requirements/profile-summary";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { ruleCatalogForEditor } from "@/lib/requirements/profile-form";
import { requirePagePermission } from "@/lib/server/auth/current-user";
import { getBulkActionProgress } from "@/lib/server/bulk/get-bulk-action-progress";
import { getProfile } from "@/lib/server/profiles/list-profiles";

type Params = { params: Promise<{ profileId: string }> };

// Ids are cuids: anything else is not found, without asking the database.
const findProfile = (profileId: string) =>
  /^[A-Za-z0-9_-]{1,64}$/.test(profileId) ? getProfile(profileId) : Promise.resolve(null);

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  await requirePagePermission("requirements.read");
  const profile = await findProfile((await params).profileId);
  return { title: profile ? `${profile.name} · Requirements` : "Profile not found" };
}

export default async function ProfilePage({
  params,
  searchParams,
}: Params & { searchParams: Promise<{ saved?: string; evaluation?: string }> }) {
  const user = await requirePagePermission("requirements.read");
  const [{ profileId }, { saved, evaluation }] = await Promise.all([params, searchParams]);
  const [profile, reevaluation] = await Promise.all([
    findProfile(profileId),
    // The job a save or a retirement started, by its author (another user's is not shown).
    typeof evaluation === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(evaluation)
      ? getBulkActionProgress(evaluation, user.id)
      : null,
  ]);
  if (!profile) notFound();
  const version = profile.versions[0];
  const canWrite = can(user.role, "requirements.write");
  const isEditable = canWrite && !profile.retiredAt;
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        className="mb-0"
        breadcrumbs={[{ label: "Requirements", href: "/requirements" }, { label: profile.name }]}
        title={
          <span className="inline-flex flex-wrap items-center gap-2">
            <span data-testid="profile-title">{profile.name}</span>
            {profile.isDefault && <Badge variant="info">Default</Badge>}
            {profile.retiredAt && <Badge variant="neutral">Retired</Badge>}
          </span>
        }
        description={profile.description || undefined}
        actions={
          canWrite && (
            <ProfileActions
              profileId={profile.id}
              profileName={profile.name}
              borrowerCount={profile._count.borrowers}
              canRetire={!profile.isDefault && !profile.retiredAt}
            />
          )
        }
      />
      {saved === "1" && version && (
        <ProfileSavedNotice version={version.version} borrowers={reevaluation?.total ?? 0} />
      )}
      {reevaluation?.kind === "reevaluate" && (
        <BulkActionProgressPanel
          bulkActionId={reevaluation.id}
          initial={{
            ...reevaluation,
            errors: reevaluation.errors as { borrowerId: string; error: string }[],
          }}
        />
      )}
      <ProfileSummary profile={profile} />
      {isEditable && (
        <section aria-labelledby="edit-profile" className="flex flex-col gap-3">
          <div>
            <h2 id="edit-profile" className="text-heading">
              Edit
            </h2>
            <p className="text-sm text-muted-foreground">
              Saving creates version {(version?.version ?? 0) + 1} and evaluates this profile's borrowers
              again.
            </p>
          </div>
          <ProfileEditor
            profileId={profile.id}
            catalog={ruleCatalogForEditor()}
            draft={{
              name: profile.name,
              description: profile.description ?? "",
              reminderDays: profile.reminderDays,
              chaseDays: profile.chaseDays,
              autoOutreach: profile.autoOutreach,
              rules: Object.fromEntries(
                (version?.rules ?? []).map((rule) => [
                  rule.ruleKey,
                  { severity: rule.severity, input: rule.input as Record<string, unknown> },
                ]),
              ),
            }}
          />
        </section>
      )}
    </div>
  );
}
