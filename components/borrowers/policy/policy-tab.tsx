import { FileSearch } from "lucide-react";
import { FreshnessLabel } from "@/components/dashboard/freshness-label";
import { PolicyStatusBadge } from "@/components/dashboard/policy-status-badge";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { addressLine } from "@/lib/axle/policy-words";
import { policySchema } from "@/lib/axle/schemas";
import type { BorrowerPolicy } from "@/lib/server/borrowers/get-borrower-policies";
import { PolicyCoverages } from "./policy-coverages";
import { PolicyParties } from "./policy-parties";
import { PolicyTerms } from "./policy-terms";
import { PolicyValue } from "./policy-value";

const typeLabels: Record<string, string> = {
  auto: "Auto",
  motorcycle: "Motorcycle",
  home: "Home",
  condo: "Condo",
  renters: "Renters",
  flood: "Flood",
};

type Props = {
  policies: BorrowerPolicy[];
  collateralVins: string[];
  carrierName: (slug: string | null | undefined) => string;
  now: Date;
  staleAfterHours: number;
};

function PolicyCard({
  policy,
  collateralVins,
  carrierName,
  now,
  staleAfterHours,
}: Omit<Props, "policies"> & { policy: BorrowerPolicy }) {
  // Stored bodies were validated when they arrived; a body that no longer reads is said so, not hidden.
  const current = policySchema.safeParse(policy.data);
  const renewal = policy.renewalData ? policySchema.safeParse(policy.renewalData) : null;
  return (
    <Card data-testid="policy-detail">
      <CardHeader className="border-b border-border">
        <CardTitle className="flex flex-wrap items-center gap-2">
          {carrierName(policy.carrier)} · {policy.policyNumber ?? "no policy number"}
          <Badge variant="outline">{typeLabels[policy.type] ?? policy.type}</Badge>
          <PolicyStatusBadge isActive={policy.isActive} isMonitoring={policy.connection.isMonitoring} />
        </CardTitle>
        <CardDescription className="flex flex-wrap gap-x-4 gap-y-1">
          <span>
            Refreshed by the carrier{" "}
            <FreshnessLabel refreshedAt={policy.refreshedAt} now={now} staleAfterHours={staleAfterHours} />
          </span>
          {current.success && (
            <span>
              Address:{" "}
              {current.data.address === null ? (
                <PolicyValue value={null} />
              ) : (
                (addressLine(current.data.address) ?? "empty")
              )}
            </span>
          )}
        </CardDescription>
      </CardHeader>
      <CardContent className="grid grid-cols-1 gap-6 pt-5">
        {current.success ? (
          <>
            <PolicyTerms current={current.data} renewal={renewal?.success ? renewal.data : null} />
            <PolicyCoverages policy={current.data} collateralVins={collateralVins} />
            <PolicyParties policy={current.data} />
          </>
        ) : (
          <p className="text-sm text-destructive">
            The stored policy data could not be read: {current.error.issues[0]?.message ?? "unknown shape"}.
          </p>
        )}
      </CardContent>
    </Card>
  );
}

/** The record's Policy tab: each policy as the carrier last reported it. */
export function PolicyTab({ policies, ...rest }: Props) {
  if (policies.length === 0)
    return (
      <EmptyState
        icon={<FileSearch />}
        title="No policy shared yet"
        description="Once the borrower connects their insurance account through Ignition, their policies appear here."
        testId="no-policies"
      />
    );
  return (
    <div className="flex flex-col gap-6">
      {policies.map((policy) => (
        <PolicyCard key={policy.id} policy={policy} {...rest} />
      ))}
      <p className="text-xs text-muted-foreground">
        Values the carrier sent as empty read “Not reported by the carrier”; fields it did not send at all
        read “Not provided”. Document links come signed from the carrier and stop working after a while:
        re-sync to refresh them.
      </p>
    </div>
  );
}
