import type { Metadata } from "next";
import { ProfileEditor } from "@/components/requirements/profile-editor";
import { ruleCatalogForEditor } from "@/lib/requirements/profile-form";
import { requirePagePermission } from "@/lib/server/auth/current-user";

export const metadata: Metadata = { title: "New requirement profile" };

export default async function NewProfilePage() {
  await requirePagePermission("requirements.write");
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">New requirement profile</h1>
      <ProfileEditor
        profileId={null}
        catalog={ruleCatalogForEditor()}
        draft={{ name: "", description: "", reminderDays: [7, 14], autoOutreach: false, rules: {} }}
      />
    </section>
  );
}
