import { ActionForm } from "@/components/ui/action-form";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { reconcileNowAction } from "@/lib/actions/operations-actions";
import { countOf, formatCount } from "@/lib/format-human";
import { utcStamp } from "@/lib/format-time";
import type { listReconcileRuns } from "@/lib/server/operations/request-reconcile";

type Runs = Awaited<ReturnType<typeof listReconcileRuns>>;
type Finding = { kind: string; id: string; changes: { field: string }[] };

/** The reconcile job's recent runs: what it checked, and what it found that no event had told us. */
export function ReconcileRuns({ runs, canRun }: { runs: Runs; canRun: boolean }) {
  return (
    <Card data-testid="reconcile">
      <CardHeader className="flex-row flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 flex-1 basis-48">
          <CardTitle>Reconcile</CardTitle>
          <CardDescription>
            Compares what Axle holds with what we stored, to catch a change whose webhook never came. It runs
            daily (RECONCILE_CRON).
          </CardDescription>
        </div>
        {canRun && (
          <ActionForm
            action={reconcileNowAction}
            label="Reconcile now"
            pendingLabel="Queueing…"
            size="sm"
            testId="reconcile-now"
          />
        )}
      </CardHeader>
      <CardContent>
        {runs.length === 0 ? (
          <p className="text-sm text-muted-foreground">No run yet.</p>
        ) : (
          <ul className="divide-y divide-border text-sm">
            {runs.map((run) => {
              const findings = run.findings as Finding[];
              return (
                <li key={run.id} data-testid="reconcile-run" className="py-2 first:pt-0 last:pb-0">
                  <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
                    <span className="tabular-nums">{utcStamp(run.startedAt, { withSeconds: true })}</span>
                    <Badge variant={!run.finishedAt ? "info" : run.errors > 0 ? "warning" : "success"} dot>
                      {!run.finishedAt ? "Running" : run.errors > 0 ? "Finished with errors" : "Finished"}
                    </Badge>
                  </div>
                  <p className="mt-1 text-muted-foreground">
                    {countOf(run.accountsChecked, "account", "accounts")} and{" "}
                    {countOf(run.policiesChecked, "policy", "policies")} checked ·{" "}
                    <strong className="font-medium text-foreground">
                      {countOf(run.changesFound, "change", "changes")} no event had announced
                    </strong>{" "}
                    · {countOf(run.errors, "error", "errors")}
                  </p>
                  {findings.length > 0 && (
                    <ul className="mt-1 space-y-0.5 text-xs text-muted-foreground">
                      {findings.slice(0, 5).map((finding) => (
                        <li key={`${finding.kind}-${finding.id}`} className="break-all">
                          {finding.kind} {finding.id}:{" "}
                          {finding.changes.map((change) => change.field).join(", ")}
                        </li>
                      ))}
                      {findings.length > 5 && <li>and {formatCount(findings.length - 5)} more</li>}
                    </ul>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
