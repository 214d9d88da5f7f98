import { FreshnessLabel } from "@/components/dashboard/freshness-label";
import { PolicyStatusBadge } from "@/components/dashboard/policy-status-badge";
import { ActionForm } from "@/components/ui/action-form";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { resyncBorrowerAction } from "@/lib/actions/operations-actions";
import { formatCount, formatDate } from "@/lib/format-human";
import type { BorrowerDetail } from "@/lib/server/borrowers/get-borrower-detail";
import { ConnectionStatusBadge } from "./connection-status-badge";
import { EvaluationPanel } from "./evaluation-panel";

type Connection = BorrowerDetail["connections"][number];
type Policy = Connection["policies"][number];

type Props = {
  borrowerId: string;
  connections: BorrowerDetail["connections"];
  carrierName: (slug: string | null | undefined) => string;
  now: Date;
  staleAfterHours: number;
  canResync: boolean;
};

const typeLabels: Record<string, string> = { auto: "Auto", home: "Home" };

function PolicyFacts({
  policy,
  connection,
  carrierName,
  now,
  staleAfterHours,
}: {
  policy: Policy;
  connection: Connection;
  carrierName: Props["carrierName"];
  now: Date;
  staleAfterHours: number;
}) {
  return (
    <div className="px-5 pb-4" data-testid="policy-row">
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-medium">
          {carrierName(policy.carrier)} · {policy.policyNumber ?? "no policy number"}
        </span>
        <Badge variant="outline" testId="policy-type">
          {typeLabels[policy.type] ?? policy.type}
        </Badge>
        <PolicyStatusBadge isActive={policy.isActive} isMonitoring={connection.isMonitoring} />
      </div>
      <dl className="mt-3 grid grid-cols-2 gap-x-6 gap-y-2 text-sm sm:grid-cols-4">
        <div>
          <dt className="text-xs text-muted-foreground">Effective</dt>
          <dd>{policy.effectiveDate ? formatDate(policy.effectiveDate) : "Not reported"}</dd>
        </div>
        <div>
          <dt className="text-xs text-muted-foreground">Expires</dt>
          <dd>{policy.expirationDate ? formatDate(policy.expirationDate) : "Not reported"}</dd>
        </div>
        <div>
          <dt className="text-xs text-muted-foreground">Refreshed</dt>
          <dd>
            <FreshnessLabel refreshedAt={policy.refreshedAt} now={now} staleAfterHours={staleAfterHours} />
          </dd>
        </div>
        <div>
          <dt className="text-xs text-muted-foreground">Snapshots kept</dt>
          <dd className="tabular-nums">{formatCount(policy._count.snapshots)}</dd>
        </div>
      </dl>
    </div>
  );
}

/** One carrier account: its connection, each policy's facts and the rule-by-rule evaluation of each. */
function ConnectionCard({
  borrowerId,
  connection,
  carrierName,
  now,
  staleAfterHours,
  canResync,
}: Props & {
  connection: Connection;
}) {
  const carrier = connection.account?.carrier ?? connection.policies[0]?.carrier;
  return (
    <Card data-testid="connection">
      <CardHeader className="flex-row flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <CardTitle>{carrier ? `${carrierName(carrier)} account` : "Carrier account"}</CardTitle>
          <CardDescription className="mt-1 flex flex-wrap items-center gap-2">
            Connection <ConnectionStatusBadge status={connection.connectionStatus} />
            {connection.descopedAt && (
              <span data-testid="descoped-note">
                Descoped {formatDate(connection.descopedAt)}
                {connection.descopedBy ? ` by ${connection.descopedBy.name}` : ""}
              </span>
            )}
          </CardDescription>
        </div>
        {canResync && connection.isMonitoring && (
          <ActionForm
            action={resyncBorrowerAction.bind(null, borrowerId)}
            label="Re-sync from Axle"
            pendingLabel="Fetching…"
            variant="outline"
            size="sm"
            testId="resync"
          />
        )}
      </CardHeader>
      {connection.policies.length === 0 && (
        <CardContent>
          <p className="text-sm text-muted-foreground">No policy shared through this account.</p>
        </CardContent>
      )}
      {connection.policies.map((policy) => (
        <section
          key={policy.id}
          className="border-t border-border pt-4 first-of-type:border-t-0 first-of-type:pt-0"
        >
          <PolicyFacts
            policy={policy}
            connection={connection}
            carrierName={carrierName}
            now={now}
            staleAfterHours={staleAfterHours}
          />
          <h3 className="px-5 pb-1 text-sm font-medium">Requirements, rule by rule</h3>
          <EvaluationPanel evaluation={policy.evaluations[0]} />
        </section>
      ))}
    </Card>
  );
}

/** Every carrier account the borrower connected, newest last; empty until they complete Ignition. */
export function PoliciesCard(props: Props) {
  if (props.connections.length === 0)
    return (
      <EmptyState
        title="No insurance connected yet"
        description="The borrower has not connected an insurance account. Send them the Ignition link, or ask them to reconnect by email."
        testId="no-connection"
      />
    );
  return (
    <div className="flex flex-col gap-6">
      {props.connections.map((connection) => (
        <ConnectionCard key={connection.id} {...props} connection={connection} />
      ))}
    </div>
  );
}
