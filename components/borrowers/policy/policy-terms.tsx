import { Badge } from "@/components/ui/badge";
import { dateOrMissing, moneyOrMissing } from "@/lib/axle/policy-words";
import type { AxlePolicy } from "@/lib/axle/schemas";
import { PolicyValue } from "./policy-value";

function activeFlag(isActive: boolean | null | undefined) {
  if (isActive === true) return <Badge variant="success">Active</Badge>;
  if (isActive === false) return <Badge variant="danger">Inactive</Badge>;
  return <PolicyValue value={isActive} />;
}

function Term({ title, term, testId }: { title: string; term: AxlePolicy; testId: string }) {
  return (
    <div className="min-w-0 rounded-lg border border-border p-4" data-testid={testId}>
      <h4 className="text-sm font-semibold">{title}</h4>
      <dl className="mt-3 grid grid-cols-2 gap-x-4 gap-y-2 text-sm">
        <dt className="text-muted-foreground">Effective</dt>
        <dd>
          <PolicyValue value={term.effectiveDate} format={dateOrMissing} />
        </dd>
        <dt className="text-muted-foreground">Expires</dt>
        <dd>
          <PolicyValue value={term.expirationDate} format={dateOrMissing} />
        </dd>
        <dt className="text-muted-foreground">Carrier's status</dt>
        <dd>{activeFlag(term.isActive)}</dd>
        <dt className="text-muted-foreground">Premium</dt>
        <dd className="tabular-nums">
          <PolicyValue value={term.premium} format={moneyOrMissing} />
        </dd>
        <dt className="text-muted-foreground">Policy number</dt>
        <dd className="break-all">
          <PolicyValue value={term.policyNumber} />
        </dd>
      </dl>
    </div>
  );
}

/** The current term and, when the carrier has issued one, the renewal term beside it. */
export function PolicyTerms({ current, renewal }: { current: AxlePolicy; renewal: AxlePolicy | null }) {
  return (
    <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
      <Term title="Current term" term={current} testId="term-current" />
      {renewal ? (
        <Term title="Renewal term" term={renewal} testId="term-renewal" />
      ) : (
        <div className="rounded-lg border border-dashed border-border p-4 text-sm text-muted-foreground">
          No renewal term reported by the carrier yet.
        </div>
      )}
    </div>
  );
}
