import { Plus } from "lucide-react";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { formatCount, formatDays } from "@/lib/format-human";
import type { listProfiles } from "@/lib/server/profiles/list-profiles";

type Profiles = Awaited<ReturnType<typeof listProfiles>>;

/** Every requirement profile: its version, how many rules, who follows it. */
export function ProfileList({ profiles, canWrite }: { profiles: Profiles; canWrite: boolean }) {
  return (
    <div>
      <PageHeader
        title="Requirement profiles"
        description="The rules a borrower's insurance must meet. Borrowers without a profile follow the default."
        actions={
          canWrite && (
            <Button size="sm" asChild>
              <Link href="/requirements/new" data-testid="new-profile">
                <Plus aria-hidden /> New profile
              </Link>
            </Button>
          )
        }
      />
      <DataTable columns={["Profile", "Version", "Rules", "Reminders", "Borrowers assigned"]}>
        {profiles.map((profile) => (
          <tr key={profile.id} data-testid="profile-row">
            <td className="px-4 py-3">
              <span className="inline-flex flex-wrap items-center gap-2">
                <Link href={`/requirements/${profile.id}`} className="font-medium hover:underline">
                  {profile.name}
                </Link>
                {profile.isDefault && <Badge variant="info">Default</Badge>}
                {profile.retiredAt && <Badge variant="neutral">Retired</Badge>}
              </span>
            </td>
            <td className="px-4 py-3 tabular-nums">v{profile.versions[0]?.version ?? 0}</td>
            <td className="px-4 py-3 tabular-nums">{profile.versions[0]?.rules.length ?? 0}</td>
            <td className="px-4 py-3 whitespace-nowrap text-muted-foreground">
              {profile.reminderDays.length > 0 ? profile.reminderDays.map(formatDays).join(", ") : "Off"}
            </td>
            <td className="px-4 py-3 tabular-nums">
              {profile.isDefault
                ? `${formatCount(profile._count.borrowers)} + everyone unassigned`
                : formatCount(profile._count.borrowers)}
            </td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
