import { ActionForm } from "@/components/ui/action-form";
import { reconcileNowAction } from "@/lib/actions/operations-actions";
import { utcStamp } from "@/lib/format-time";
import type { listReconcileRuns } from "@/lib/server/operations/request-reconcile";

type Runs = Awaited<ReturnType<typeof listReconcileRuns>>;
type Finding = { kind: string; id: string; changes: { field: string }[] };

/** The reconcile job's recent runs: what it checked, and what it found that no event had told us. */
export function ReconcileRuns({ runs, canRun }: { runs: Runs; canRun: boolean }) {
  return (
    <section className="rounded-xl bg-white p-6 text-sm shadow">
      <div className="flex items-center justify-between">
        <h2 className="text-lg font-semibold">Reconcile</h2>
        {canRun && <ActionForm action={reconcileNowAction} label="Reconcile now" testId="reconcile-now" />}
      </div>
      {runs.length === 0 ? (
        <p className="mt-2 text-slate-500">No run yet. It runs daily (RECONCILE_CRON).</p>
      ) : (
        <ul className="mt-2 space-y-2">
          {runs.map((run) => (
            <li key={run.id} data-testid="reconcile-run">
              {utcStamp(run.startedAt, { withSeconds: true })} · {run.finishedAt ? "finished" : "running"} ·{" "}
              {run.accountsChecked} account(s), {run.policiesChecked} polic(ies) checked ·{" "}
              <strong>{run.changesFound} change(s) no event had announced</strong> · {run.errors} error(s)
              {(run.findings as Finding[]).slice(0, 5).map((finding) => (
                <div key={`${finding.kind}-${finding.id}`} className="ml-4 text-xs text-slate-600">
                  {finding.kind} {finding.id}: {finding.changes.map((change) => change.field).join(", ")}
                </div>
              ))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
