import Link from "next/link";
import { DescopeButton } from "@/components/borrowers/descope-button";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import type { BorrowerOverview } from "@/lib/server/dashboard/list-borrower-overview";
import { FreshnessLabel } from "./freshness-label";
import { PolicyStatusBadge } from "./policy-status-badge";

type Props = {
  borrowers: BorrowerOverview[];
  now: Date;
  staleAfterHours: number;
  canStartIgnition: boolean;
  canDescope: boolean;
};

export function BorrowerOverviewTable({
  borrowers,
  now,
  staleAfterHours,
  canStartIgnition,
  canDescope,
}: Props) {
  if (borrowers.length === 0) {
    return (
      <EmptyState testId="dashboard-empty">
        <h1 className="text-lg font-semibold text-slate-900">No borrowers yet</h1>
        <p className="mt-2">Borrowers appear here once you start Ignition for them.</p>
        {canStartIgnition && (
          <Link
            href="/borrowers/new"
            className="mt-4 inline-block rounded-md bg-blue-700 px-4 py-2 text-sm text-white"
          >
            Add a borrower
          </Link>
        )}
      </EmptyState>
    );
  }
  return (
    <section>
      <h1 className="mb-4 text-2xl font-semibold">Borrowers</h1>
      <DataTable
        columns={["Borrower", "Policy", "Status", "Refreshed", "Open violations", canDescope && "Monitoring"]}
      >
        {borrowers.map((borrower) => {
          const name = `${borrower.firstName} ${borrower.lastName}`;
          const rows = borrower.connections.flatMap((connection) =>
            connection.policies.map((policy) => ({ connection, policy })),
          );
          const borrowerCell = (
            <td className="px-4 py-3">
              <Link href={`/borrowers/${borrower.id}`} className="font-medium text-blue-800 hover:underline">
                {name}
              </Link>
              <div className="text-xs text-slate-500">Loan {borrower.loanReference}</div>
            </td>
          );
          if (rows.length === 0) {
            return (
              <tr
                key={borrower.id}
                className="border-t border-slate-100"
                data-testid={`borrower-row-${borrower.loanReference}`}
              >
                {borrowerCell}
                <td className="px-4 py-3 text-slate-500" colSpan={canDescope ? 5 : 4}>
                  {borrower.connections.length === 0
                    ? "Waiting for the borrower to connect"
                    : "No policy data yet"}
                </td>
              </tr>
            );
          }
          return rows.map(({ connection, policy }) => {
            const openViolations = borrower.violations.filter(
              (violation) => violation.policyId === policy.id,
            ).length;
            return (
              <tr
                key={policy.id}
                className="border-t border-slate-100 align-top"
                data-testid={`borrower-row-${borrower.loanReference}`}
              >
                {borrowerCell}
                <td className="px-4 py-3" data-testid="policy-number">
                  {policy.carrier} · {policy.policyNumber ?? "no number"}
                </td>
                <td className="px-4 py-3">
                  <PolicyStatusBadge isActive={policy.isActive} isMonitoring={connection.isMonitoring} />
                </td>
                <td className="px-4 py-3">
                  <FreshnessLabel
                    refreshedAt={policy.refreshedAt}
                    now={now}
                    staleAfterHours={staleAfterHours}
                  />
                </td>
                <td className="px-4 py-3">
                  {openViolations === 0 ? (
                    <span className="text-slate-500" data-testid="open-violations">
                      none
                    </span>
                  ) : (
                    <Badge tone="red" testId="open-violations">
                      {openViolations} open
                    </Badge>
                  )}
                </td>
                {canDescope && (
                  <td className="px-4 py-3">
                    {connection.isMonitoring ? (
                      <DescopeButton connectionId={connection.id} borrowerName={name} />
                    ) : (
                      <span className="text-slate-500">stopped</span>
                    )}
                  </td>
                )}
              </tr>
            );
          });
        })}
      </DataTable>
    </section>
  );
}
