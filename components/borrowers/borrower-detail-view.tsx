import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { BorrowerDetail } from "@/lib/server/borrowers/get-borrower-detail";
import { AskReconnectButton } from "./ask-reconnect-button";
import { BorrowerRecordHeader } from "./borrower-record-header";
import { CollateralCard } from "./collateral-card";
import { DescopeButton } from "./descope-button";
import { IgnitionSessionSummary } from "./ignition-session-summary";
import { OutreachHistory } from "./outreach-history";
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
  permissions: {
    canStartIgnition: boolean;
    canDescope: boolean;
    canAssign: boolean;
    canManage: boolean;
    canOutreach: boolean;
    canResync: boolean;
    canEditCollateral: boolean;
  };
};

/**
 * A borrower's record: the header (status, facts, primary actions), then one card per concern. Each card is
 * its own component so the record can later be split into tabs (policy view, timeline) without rewriting it.
 */
export function BorrowerDetailView({
  borrower,
  carrierName,
  now,
  staleAfterHours,
  profiles,
  permissions,
}: Props) {
  const { canStartIgnition, canDescope, canAssign, canManage, canOutreach, canResync, canEditCollateral } =
    permissions;
  const name = `${borrower.firstName} ${borrower.lastName}`;
  const latestSession = borrower.ignitionSessions[0];
  const monitored = borrower.connections.filter((connection) => connection.isMonitoring);
  const profileName =
    borrower.requirementProfile?.name ??
    `${profiles.find((profile) => profile.isDefault)?.name ?? "The default profile"} (default)`;
  const who = { id: borrower.id, name, email: borrower.email };

  return (
    <div className="flex flex-col">
      <BorrowerRecordHeader
        borrower={borrower}
        name={name}
        carrierName={carrierName}
        profileName={profileName}
        now={now}
        staleAfterHours={staleAfterHours}
        actions={
          <>
            {canOutreach && (
              <AskReconnectButton
                borrowerId={borrower.id}
                borrowerName={name}
                email={borrower.email}
                violation={null}
                testId="ask-reconnect-general"
              />
            )}
            {canDescope &&
              monitored.map((connection) => {
                const carrier = connection.account?.carrier ?? connection.policies[0]?.carrier;
                const carrierLabel = carrier ? carrierName(carrier) : null;
                return (
                  <DescopeButton
                    key={connection.id}
                    connectionId={connection.id}
                    borrowerName={name}
                    carrierName={carrierLabel}
                    label={monitored.length > 1 && carrierLabel ? `Descope ${carrierLabel}` : "Descope"}
                  />
                );
              })}
          </>
        }
      />

      <div className="grid gap-6 xl:grid-cols-3">
        <div className="flex min-w-0 flex-col gap-6 xl:col-span-2">
          <ViolationsCard
            violations={borrower.violations}
            borrower={who}
            canManage={canManage}
            canOutreach={canOutreach}
          />
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
          <CollateralCard
            borrowerId={borrower.id}
            borrowerName={name}
            vehicles={borrower.vehicles}
            canEdit={canEditCollateral}
          />
          <Card>
            <CardHeader>
              <CardTitle>Ignition</CardTitle>
              <CardDescription>
                The link the borrower uses to connect their insurance account.
              </CardDescription>
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

          <Card>
            <CardHeader>
              <CardTitle>Emails to the borrower</CardTitle>
              <CardDescription>Requests to reconnect and their reminders, newest first.</CardDescription>
            </CardHeader>
            <CardContent>
              <OutreachHistory outreach={borrower.outreach} />
            </CardContent>
          </Card>
        </div>
      </div>
    </div>
  );
}
