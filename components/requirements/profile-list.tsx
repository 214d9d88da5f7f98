import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import type { listProfiles } from "@/lib/server/profiles/list-profiles";

type Profiles = Awaited<ReturnType<typeof listProfiles>>;

export function ProfileList({ profiles, canWrite }: { profiles: Profiles; canWrite: boolean }) {
  return (
    <section>
      <div className="mb-4 flex items-center justify-between">
        <h1 className="text-2xl font-semibold">Requirement profiles</h1>
        {canWrite && (
          <Link
            href="/requirements/new"
            className="rounded-md bg-blue-700 px-4 py-2 text-sm text-white"
            data-testid="new-profile"
          >
            New profile
          </Link>
        )}
      </div>
      <DataTable columns={["Profile", "Version", "Rules", "Borrowers assigned"]}>
        {profiles.map((profile) => (
          <tr key={profile.id} className="border-t border-slate-100" data-testid="profile-row">
            <td className="px-4 py-3">
              <Link
                href={`/requirements/${profile.id}`}
                className="font-medium text-blue-800 hover:underline"
              >
                {profile.name}
              </Link>{" "}
              {profile.isDefault && <Badge tone="blue">default</Badge>}{" "}
              {profile.retiredAt && <Badge tone="slate">retired</Badge>}
            </td>
            <td className="px-4 py-3">v{profile.versions[0]?.version ?? 0}</td>
            <td className="px-4 py-3">{profile.versions[0]?.rules.length ?? 0}</td>
            <td className="px-4 py-3">
              {profile.isDefault
                ? `${profile._count.borrowers} + everyone unassigned`
                : profile._count.borrowers}
            </td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
