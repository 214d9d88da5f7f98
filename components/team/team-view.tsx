import { UserCog } from "lucide-react";
import { Badge, type BadgeVariant } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { roleLabels } from "@/lib/auth/permissions";
import { formatTimeAgo } from "@/lib/format-human";
import { utcStamp } from "@/lib/format-time";
import type { TeamMember } from "@/lib/server/users/list-users";
import { type UserState, userStateLabels } from "@/lib/users/user-state";
import { InviteUserForm } from "./invite-user-form";
import { UserRowActions } from "./user-row-actions";

const stateVariants: Record<UserState, BadgeVariant> = {
  active: "success",
  invited: "info",
  deactivated: "neutral",
};

/** Who can sign in, with what role, and since when; admins invite, change roles, reset and deactivate here. */
export function TeamView({
  members,
  currentUserId,
  now,
}: {
  members: TeamMember[];
  currentUserId: string;
  now: Date;
}) {
  return (
    <section>
      <PageHeader
        title="Team"
        description="Everyone who can sign in to Coverwatch. Changes apply on their next click, and every one is recorded in the audit log."
      />
      <Card className="mb-6">
        <CardHeader>
          <CardTitle>Invite a teammate</CardTitle>
          <CardDescription>They get an email with a link to choose their password.</CardDescription>
        </CardHeader>
        <CardContent>
          <InviteUserForm />
        </CardContent>
      </Card>
      {members.length === 0 ? (
        <EmptyState
          testId="team-empty"
          icon={<UserCog />}
          title="No one yet"
          description="Invite your first teammate above."
        />
      ) : (
        <Table data-testid="team-table" containerClassName="rounded-lg border border-border bg-card">
          <TableHeader>
            <TableRow>
              <TableHead>Name</TableHead>
              <TableHead>Role</TableHead>
              <TableHead>State</TableHead>
              <TableHead>Last sign-in</TableHead>
              <TableHead>
                <span className="sr-only">Actions</span>
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {members.map((member) => {
              const isSelf = member.id === currentUserId;
              return (
                <TableRow key={member.id} data-testid="team-row" data-email={member.email}>
                  <TableCell>
                    <div className="font-medium text-foreground" data-testid="team-name">
                      {member.name}
                      {isSelf && (
                        <span className="ml-1.5 text-xs font-normal text-muted-foreground">(you)</span>
                      )}
                    </div>
                    <div className="text-xs break-all text-muted-foreground" data-testid="team-email">
                      {member.email}
                    </div>
                  </TableCell>
                  <TableCell className="whitespace-nowrap" data-testid="team-role">
                    {roleLabels[member.role]}
                  </TableCell>
                  <TableCell className="whitespace-nowrap">
                    <Badge variant={stateVariants[member.state]} dot testId="team-state">
                      {userStateLabels[member.state]}
                    </Badge>
                    {member.state === "invited" && (
                      <div className="mt-1 text-xs text-muted-foreground">
                        {member.inviteExpiresAt
                          ? `Link expires ${formatTimeUntil(member.inviteExpiresAt, now)}`
                          : "Link expired: resend it"}
                      </div>
                    )}
                  </TableCell>
                  <TableCell className="whitespace-nowrap" data-testid="team-last-sign-in">
                    {member.lastSignInAt ? (
                      <time
                        dateTime={member.lastSignInAt.toISOString()}
                        title={utcStamp(member.lastSignInAt)}
                      >
                        {formatTimeAgo(member.lastSignInAt, now)}
                      </time>
                    ) : (
                      <span className="text-muted-foreground">Never</span>
                    )}
                  </TableCell>
                  <TableCell className="w-0 text-right">
                    <UserRowActions
                      member={{
                        id: member.id,
                        name: member.name,
                        email: member.email,
                        role: member.role,
                        state: member.state,
                      }}
                      isSelf={isSelf}
                    />
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
    </section>
  );
}

/** "in 3 days", "in 5 hours": when an invitation link stops working. */
function formatTimeUntil(date: Date, now: Date): string {
  const hours = Math.max(1, Math.round((date.getTime() - now.getTime()) / 3_600_000));
  return hours < 48 ? `in ${hours} ${hours === 1 ? "hour" : "hours"}` : `in ${Math.round(hours / 24)} days`;
}
