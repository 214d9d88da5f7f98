import { FreshnessLabel } from "@/components/dashboard/freshness-label";
import { PolicyStatusBadge } from "@/components/dashboard/policy-status-badge";
import { ActionForm } from "@/components/ui/action-form";
import { Badge } from "@/components/ui/badge";
import { resyncBorrowerAction } from "@/lib/actions/operations-actions";
import { requestReconnectAction } from "@/lib/actions/violation-actions";
import { ruleTitle } from "@/lib/requirements/evaluate-rules";
import type { BorrowerDetail } from "@/lib/server/borrowers/get-borrower-detail";
import { DescopeButton } from "./descope-button";
import { EvaluationPanel } from "./evaluation-panel";
import { IgnitionSessionSummary } from "./ignition-session-summary";
import { OutreachHistory } from "./outreach-history";
import { ProfileAssignment } from "./profile-assignment";
import { RestartIgnitionButton } from "./restart-ignition-button";
import { ViolationCard } from "./violation-card";

type Props = {
  borrower: BorrowerDetail;
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
  };
};

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : "—");

export function BorrowerDetailView({ borrower, now, staleAfterHours, profiles, permissions }: Props) {
  const { canStartIgnition, canDescope, canAssign, canManage, canOutreach, canResync } = permissions;
  const name = `${borrower.firstName} ${borrower.lastName}`;
  const openViolations = borrower.violations.filter((violation) => violation.status !== "RESOLVED");
  const pastViolations = borrower.violations.filter((violation) => violation.status === "RESOLVED");
  const latestSession = borrower.ignitionSessions[0];
  const isMonitored = borrower.connections.some((connection) => connection.isMonitoring);

  return (
    <div className="space-y-8">
      <header className="flex items-start justify-between">
        <div>
          <h1 className="text-2xl font-semibold" data-testid="borrower-name">
            {name}
          </h1>
          <p className="text-slate-600">
            Loan {borrower.loanReference} · {borrower.email}
            {borrower.lenderName && ` · lender ${borrower.lenderName}`}
          </p>
          <p className="text-sm text-slate-600" data-testid="collateral">
            Collateral:{" "}
            {borrower.vehicles.length === 0
              ? "none on file"
              : borrower.vehicles
                  .map((vehicle) =>
                    [vehicle.year, vehicle.make, vehicle.model, vehicle.vin].filter(Boolean).join(" "),
                  )
                  .join("; ")}
          </p>
          <ProfileAssignment
            borrowerId={borrower.id}
            currentProfileId={borrower.requirementProfileId}
            profiles={profiles}
            canAssign={canAssign}
          />
        </div>
        <Badge tone={isMonitored ? "green" : "slate"} testId="monitoring-state">
          {isMonitored
            ? "monitoring"
            : borrower.connections.length > 0
              ? "monitoring stopped"
              : "not connected"}
        </Badge>
      </header>

      <section className="rounded-xl bg-white p-6 shadow">
        <div className="flex items-center justify-between">
          <h2 className="text-lg font-semibold">Ignition</h2>
          {canStartIgnition && <RestartIgnitionButton borrowerId={borrower.id} />}
        </div>
        {latestSession ? (
          <IgnitionSessionSummary session={latestSession} />
        ) : (
          <p className="mt-3 text-sm text-slate-500">No Ignition session yet.</p>
        )}
      </section>

      <section className="rounded-xl bg-white p-6 shadow">
        <h2 className="text-lg font-semibold">Policies</h2>
        {borrower.connections.length === 0 && (
          <p className="mt-3 text-sm text-slate-500">
            The borrower has not connected an insurance account yet.
          </p>
        )}
        {borrower.connections.map((connection) => (
          <div key={connection.id} className="mt-4 border-t border-slate-100 pt-4" data-testid="connection">
            <div className="flex items-center justify-between text-sm">
              <div>
                Account {connection.account?.carrier ?? ""} · connection{" "}
                <span data-testid="connection-status">{connection.connectionStatus}</span>
                {connection.descopedAt && (
                  <span className="ml-2 text-slate-500" data-testid="descoped-note">
                    descoped {day(connection.descopedAt)}
                    {connection.descopedBy ? ` by ${connection.descopedBy.name}` : ""}
                  </span>
                )}
              </div>
              {canResync && connection.isMonitoring && (
                <ActionForm
                  action={resyncBorrowerAction.bind(null, borrower.id)}
                  label="Re-sync from Axle"
                  pendingLabel="Fetching…"
                  testId="resync"
                />
              )}
              {canDescope && connection.isMonitoring && (
                <DescopeButton connectionId={connection.id} borrowerName={name} />
              )}
            </div>
            <table className="mt-3 w-full text-left text-sm">
              <thead className="text-slate-500">
                <tr>
                  <th className="py-1">Policy</th>
                  <th>Status</th>
                  <th>Term</th>
                  <th>Refreshed</th>
                  <th>Snapshots</th>
                </tr>
              </thead>
              <tbody>
                {connection.policies.flatMap((policy) => [
                  <tr key={policy.id} className="border-t border-slate-100" data-testid="policy-row">
                    <td className="py-2">
                      {policy.carrier} · {policy.policyNumber ?? "no number"}{" "}
                      <span className="text-slate-500">({policy.type})</span>
                    </td>
                    <td>
                      <PolicyStatusBadge isActive={policy.isActive} isMonitoring={connection.isMonitoring} />
                    </td>
                    <td>
                      {day(policy.effectiveDate)} → {day(policy.expirationDate)}
                    </td>
                    <td>
                      <FreshnessLabel
                        refreshedAt={policy.refreshedAt}
                        now={now}
                        staleAfterHours={staleAfterHours}
                      />
                    </td>
                    <td>{policy._count.snapshots}</td>
                  </tr>,
                  <tr key={`${policy.id}-evaluation`}>
                    <td colSpan={5} className="pb-3">
                      <EvaluationPanel evaluation={policy.evaluations[0]} />
                    </td>
                  </tr>,
                ])}
              </tbody>
            </table>
          </div>
        ))}
      </section>

      <section className="rounded-xl bg-white p-6 shadow">
        <h2 className="text-lg font-semibold">Violations</h2>
        {openViolations.length === 0 ? (
          <p className="mt-3 text-sm text-slate-500" data-testid="no-open-violations">
            No open violations.
          </p>
        ) : (
          <ul className="mt-3 space-y-2">
            {openViolations.map((violation) => (
              <ViolationCard
                key={violation.id}
                violation={violation}
                borrowerId={borrower.id}
                canManage={canManage}
                canOutreach={canOutreach}
              />
            ))}
          </ul>
        )}
        {pastViolations.length > 0 && (
          <details className="mt-4 text-sm">
            <summary className="cursor-pointer text-slate-600">
              History ({pastViolations.length} resolved)
            </summary>
            <ul className="mt-2 space-y-1">
              {pastViolations.map((violation) => (
                <li key={violation.id} data-testid="resolved-violation">
                  {ruleTitle(violation.ruleKey)}: {violation.message} — {day(violation.firstSeenAt)} to{" "}
                  {day(violation.resolvedAt)}
                </li>
              ))}
            </ul>
          </details>
        )}
      </section>

      <section className="rounded-xl bg-white p-6 shadow">
        <div className="flex items-center justify-between">
          <h2 className="text-lg font-semibold">Requests to the borrower</h2>
          {canOutreach && (
            <ActionForm
              action={requestReconnectAction.bind(null, borrower.id, null)}
              label="Ask borrower to reconnect"
              pendingLabel="Sending…"
              testId="ask-reconnect-general"
            />
          )}
        </div>
        <OutreachHistory outreach={borrower.outreach} />
      </section>
    </div>
  );
}
