import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterForm, FilterSelect, filterInput, lowerCaseOptions } from "@/components/ui/filter-form";
import { ruleTitle } from "@/lib/requirements/evaluate-rules";
import type { listViolations, ViolationFilters } from "@/lib/server/violations/list-violations";

type Props = {
  violations: Awaited<ReturnType<typeof listViolations>>;
  filters: ViolationFilters;
  rules: { key: string; title: string }[];
  profiles: { id: string; name: string }[];
  now: Date;
};

/** Every live violation across borrowers, filterable by rule, severity, status, profile and age (a GET form). */
export function ViolationQueue({ violations, filters, rules, profiles, now }: Props) {
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">Violations</h1>
      <FilterForm testId="violation-filters">
        <FilterSelect
          label="Rule"
          name="rule"
          value={filters.rule}
          options={rules.map((rule) => ({ value: rule.key, label: rule.title }))}
        />
        <FilterSelect
          label="Severity"
          name="severity"
          value={filters.severity}
          options={lowerCaseOptions(["CRITICAL", "HIGH", "MEDIUM", "LOW"])}
        />
        <FilterSelect
          label="Status"
          name="status"
          value={filters.status}
          options={lowerCaseOptions(["OPEN", "ACKNOWLEDGED", "WAIVED", "RESOLVED"])}
          anyLabel="live (not resolved)"
          testId="filter-status"
        />
        <FilterSelect
          label="Profile"
          name="profile"
          value={filters.profile}
          options={profiles.map((profile) => ({ value: profile.id, label: profile.name }))}
        />
        <label>
          Open for at least{" "}
          <input
            name="olderThanDays"
            type="number"
            min={0}
            defaultValue={filters.olderThanDays ?? ""}
            className={`${filterInput} w-20`}
          />{" "}
          days
        </label>
      </FilterForm>
      {violations.length === 0 ? (
        <EmptyState testId="violations-empty">No violations match.</EmptyState>
      ) : (
        <DataTable columns={["Borrower", "Rule", "Severity", "Status", "Open for"]}>
          {violations.map((violation) => (
            <tr
              key={violation.id}
              className="border-t border-slate-100 align-top"
              data-testid="violation-row"
            >
              <td className="px-4 py-3">
                <Link href={`/borrowers/${violation.borrower.id}`} className="text-blue-800 hover:underline">
                  {violation.borrower.firstName} {violation.borrower.lastName}
                </Link>
                <div className="text-xs text-slate-500">
                  Loan {violation.borrower.loanReference} ·{" "}
                  {violation.borrower.requirementProfile?.name ?? "default profile"}
                </div>
              </td>
              <td className="px-4 py-3">
                {ruleTitle(violation.ruleKey)}
                <div className="text-xs text-slate-600">{violation.message}</div>
              </td>
              <td className="px-4 py-3">
                <Badge tone="slate">{violation.severity.toLowerCase()}</Badge>
              </td>
              <td className="px-4 py-3">
                <Badge
                  tone={
                    violation.status === "OPEN" ? "red" : violation.status === "RESOLVED" ? "green" : "blue"
                  }
                >
                  {violation.status.toLowerCase()}
                </Badge>
              </td>
              <td className="px-4 py-3">
                {Math.floor((now.getTime() - violation.firstSeenAt.getTime()) / 86_400_000)} days
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
