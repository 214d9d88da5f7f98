import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { complianceStatusLabels } from "@/lib/borrowers/compliance-status-labels";
import { cn } from "@/lib/cn";
import { formatDate, formatDaysFrom } from "@/lib/format-human";
import { describeFreshness } from "@/lib/freshness";
import type { BorrowerHeader } from "@/lib/server/borrowers/get-borrower-header";
import { ComplianceStatusBadge } from "./compliance-status-badge";

type Props = {
  borrower: BorrowerHeader;
  name: string;
  carrierName: (slug: string | null | undefined) => string;
  profileName: string;
  now: Date;
  staleAfterHours: number;
  actions: ReactNode;
  /** The record's tabs, under the facts. */
  tabs: ReactNode;
};

/** Whether Coverwatch hears from the carrier: monitoring, stopped (descoped), or never connected. */
function MonitoringState({ borrower }: { borrower: BorrowerHeader }) {
  const isMonitored = borrower.connections.some((connection) => connection.isMonitoring);
  if (isMonitored)
    return (
      <Badge variant="success" dot testId="monitoring-state">
        Monitoring
      </Badge>
    );
  return (
    <Badge variant="neutral" dot testId="monitoring-state">
      {borrower.connections.length > 0 ? "Monitoring stopped" : "Not connected"}
    </Badge>
  );
}

function Fact({
  label,
  children,
  testId,
  className,
}: {
  label: string;
  children: ReactNode;
  testId?: string;
  className?: string;
}) {
  return (
    <div className={cn("min-w-0", className)}>
      <dt className="text-xs text-muted-foreground">{label}</dt>
      <dd className="mt-0.5 break-words text-sm" data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}

/** The top of the record: status and its reason first, then the loan's facts and the primary actions. */
export function BorrowerRecordHeader({
  borrower,
  name,
  carrierName,
  profileName,
  now,
  staleAfterHours,
  actions,
  tabs,
}: Props) {
  const [firstReason, ...moreReasons] = borrower.complianceReasons;
  const status = complianceStatusLabels[borrower.complianceStatus];
  const freshness = borrower.lastRefreshedAt
    ? describeFreshness(borrower.lastRefreshedAt, now, staleAfterHours)
    : null;
  const collateral = borrower.vehicles.map((vehicle) =>
    [vehicle.year, vehicle.make, vehicle.model, vehicle.vin].filter(Boolean).join(" "),
  );

  return (
    <PageHeader
      breadcrumbs={[{ label: "Borrowers", href: "/borrowers" }, { label: name }]}
      title={<span data-testid="borrower-name">{name}</span>}
      description={
        <>
          Loan {borrower.loanReference} · {borrower.email}
        </>
      }
      actions={actions}
    >
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1" data-testid="compliance-summary">
        <ComplianceStatusBadge status={borrower.complianceStatus} />
        {borrower.emailOptedOutAt && (
          <Badge
            variant="warning"
            testId="opted-out"
            title="The borrower used the link in an email: no invitation, reminder or request reaches them."
          >
            Opted out of email on {formatDate(borrower.emailOptedOutAt)}
          </Badge>
        )}
        {firstReason && (
          <p className="text-sm" data-testid="compliance-reason">
            <span className="sr-only">{status.label}: </span>
            {firstReason}
            {moreReasons.length > 0 && (
              <span className="text-muted-foreground"> Also: {moreReasons.join(" · ")}</span>
            )}
          </p>
        )}
      </div>
      <dl className="grid grid-cols-2 gap-x-6 gap-y-3 rounded-lg border border-border bg-card p-4 shadow-card sm:grid-cols-3 lg:grid-cols-6">
        <Fact label="Carrier">{borrower.primaryCarrier ? carrierName(borrower.primaryCarrier) : "—"}</Fact>
        <Fact label="Lender">{borrower.lenderName ?? "Not provided"}</Fact>
        <Fact label="Requirements" testId="assigned-profile">
          {profileName}
        </Fact>
        <Fact label="Monitoring">
          <MonitoringState borrower={borrower} />
        </Fact>
        <Fact label="Next expiration">
          {borrower.nextExpirationDate ? (
            <>
              {formatDate(borrower.nextExpirationDate)}{" "}
              <span className="text-muted-foreground">
                ({formatDaysFrom(borrower.nextExpirationDate, now)})
              </span>
            </>
          ) : (
            "—"
          )}
        </Fact>
        <Fact label="Last refreshed">
          {freshness ? (
            <span className="inline-flex items-center gap-2">
              {freshness.label}
              {freshness.isStale && <Badge variant="warning">Stale</Badge>}
            </span>
          ) : (
            "—"
          )}
        </Fact>
        <Fact label="Collateral" testId="collateral" className="col-span-full">
          {collateral.length === 0 ? "None on file" : collateral.join("; ")}
        </Fact>
      </dl>
      {tabs}
    </PageHeader>
  );
}
