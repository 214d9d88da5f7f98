import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { BorrowerDetail } from "@/lib/server/borrowers/get-borrower-detail";
import type { AssigneeOption } from "@/lib/server/users/list-assignee-options";
import { EvaluationPanel } from "./evaluation-panel";
import { IgnitionSessionSummary } from "./ignition-session-summary";
import { PoliciesCard } from "./policies-card";
import { ProfileAssignment } from "./profile-assignment";
import { RestartIgnitionButton } from "./restart-ignition-button";
import { ViolationsCard } from "./violations-card";

type Props = {
  borrower: BorrowerDetail;
  carrierName: (slug: string | null | undefined) => string;
  now: Date;
  staleAfterHours: number;
  profiles: { id: string; name: string; isDefault: boolean }[];
  assignees: AssigneeOption[];
  permissions: {
    canStartIgnition: boolean;
    canAssign: boolean;
    canManage: boolean;
    canOutreach: boolean;
    canResync: boolean;
  };
};

/**
 * The record's Compliance tab: open violations with their actions and resolved history, each policy's
 * rule-by-rule evaluation with its evidence, the Ignition link and the requirements profile.
 */
export function BorrowerDetailView({
  borrower,
  carrierName,
  now,
  staleAfterHours,
  profiles,
  assignees,
  permissions,
}: Props) {
  const { canStartIgnition, canAssign, canManage, canOutreach, canResync } = permissions;
  const latestSession = borrower.ignitionSessions[0];
  const who = { id: borrower.id, name: `${borrower.firstName} ${borrower.lastName}`, email: borrower.email };

  return (
    <div className="grid gap-6 xl:grid-cols-3">
      <div className="flex min-w-0 flex-col gap-6 xl:col-span-2">
        <ViolationsCard
          violations={borrower.violations}
          borrower={who}
          canManage={canManage}
          // A borrower who opted out of email is offered no email action anywhere on the record.
          canOutreach={canOutreach && !borrower.emailOptedOutAt}
          assignees={assignees}
          now={now}
        />
        <BorrowerRulesCard evaluation={borrower.evaluations[0]} />
        <PoliciesCard
          borrowerId={borrower.id}
          connections={borrower.connections}
          carrierName={carrierName}
          now={now}
          staleAfterHours={staleAfterHours}
          canResync={canResync}
        />
      </div>

      <div className="flex min-w-0 flex-col gap-6">
        <Card>
          <CardHeader>
            <CardTitle>Ignition</CardTitle>
            <CardDescription>The link the borrower uses to connect their insurance account.</CardDescription>
          </CardHeader>
          <CardContent className="grid gap-4">
            {latestSession ? (
              <IgnitionSessionSummary
                session={latestSession}
                canShareLink={canStartIgnition || canOutreach}
              />
            ) : (
              <p className="text-sm text-muted-foreground">No Ignition session yet.</p>
            )}
            {canStartIgnition && <RestartIgnitionButton borrowerId={borrower.id} />}
          </CardContent>
        </Card>

        <Card>
          <CardHeader>
            <CardTitle>Requirements</CardTitle>
            <CardDescription>
              The profile the borrower's policies are evaluated against. Changing it evaluates them again.
            </CardDescription>
          </CardHeader>
          <CardContent>
            <ProfileAssignment
              borrowerId={borrower.id}
              currentProfileId={borrower.requirementProfileId}
              profiles={profiles}
              canAssign={canAssign}
            />
          </CardContent>
        </Card>
      </div>
    </div>
  );
}

/** The rules judged once for the borrower, over all of their policies; shown when the profile has any. */
function BorrowerRulesCard({
  evaluation,
}: {
  evaluation: BorrowerDetail["evaluations"][number] | undefined;
}) {
  if (!evaluation || (evaluation.results as unknown[]).length === 0) return null;
  return (
    <Card data-testid="borrower-rules">
      <CardHeader>
        <CardTitle>Across all policies</CardTitle>
        <CardDescription>
          Rules about the borrower as a whole: every collateral vehicle covered by some policy, and connecting
          in time after the invite.
        </CardDescription>
      </CardHeader>
      <EvaluationPanel evaluation={evaluation} testId="borrower-evaluation" />
    </Card>
  );
}
