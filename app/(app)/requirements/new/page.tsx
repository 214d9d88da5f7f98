import type { Metadata } from "next";
import { ProfileEditor } from "@/components/requirements/profile-editor";
import { PageHeader } from "@/components/ui/page-header";
import { ruleCatalogForEditor } from "@/lib/requirements/profile-form";
import { requirePagePermission } from "@/lib/server/auth/current-user";

export const metadata: Metadata = { title: "New profile · Requirements" };

export default async function NewProfilePage() {
  await requirePagePermission("requirements.write");
  return (
    <div>
      <PageHeader
        breadcrumbs={[{ label: "Requirements", href: "/requirements" }, { label: "New profile" }]}
        title="New requirement profile"
        description="The rules a borrower's insurance must meet. Assign the profile to borrowers once it is saved."
      />
      <ProfileEditor
        profileId={null}
        catalog={ruleCatalogForEditor()}
        draft={{
          name: "",
          description: "",
          reminderDays: [7, 14],
          chaseDays: [3, 7, 14],
          autoOutreach: false,
          rules: {},
        }}
      />
    </div>
  );
}
