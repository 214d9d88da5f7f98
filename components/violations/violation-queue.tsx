import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { ruleTitle } from "@/lib/requirements/evaluate-rules";
import type { listViolations, ViolationFilters } from "@/lib/server/violations/list-violations";

type Props = {
  violations: Awaited<ReturnType<typeof listViolations>>;
  filters: ViolationFilters;
  rules: { key: string; title: string }[];
  profiles: { id: string; name: string }[];
  now: Date;
};

const select = "rounded border border-slate-300 px-2 py-1";

/** Every live violation across borrowers, filterable by rule, severity, status, profile and age (a GET form). */
export function ViolationQueue({ violations, filters, rules, profiles, now }: Props) {
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">Violations</h1>
      <form
        className="flex flex-wrap items-end gap-3 rounded-xl bg-white p-4 text-sm shadow"
        data-testid="violation-filters"
      >
        <label>
          Rule{" "}
          <select name="rule" defaultValue={filters.rule ?? ""} className={select}>
            <option value="">any</option>
            {rules.map((rule) => (
              <option key={rule.key} value={rule.key}>
                {rule.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          Severity{" "}
          <select name="severity" defaultValue={filters.severity ?? ""} className={select}>
            <option value="">any</option>
            {["CRITICAL", "HIGH", "MEDIUM", "LOW"].map((severity) => (
              <option key={severity} value={severity}>
                {severity.toLowerCase()}
              </option>
            ))}
          </select>
        </label>
        <label>
          Status{" "}
          <select
            name="status"
            defaultValue={filters.status ?? ""}
            className={select}
            data-testid="filter-status"
          >
            <option value="">live (not resolved)</option>
            {["OPEN", "ACKNOWLEDGED", "WAIVED", "RESOLVED"].map((status) => (
              <option key={status} value={status}>
                {status.toLowerCase()}
              </option>
            ))}
          </select>
        </label>
        <label>
          Profile{" "}
          <select name="profile" defaultValue={filters.profile ?? ""} className={select}>
            <option value="">any</option>
            {profiles.map((profile) => (
              <option key={profile.id} value={profile.id}>
                {profile.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Open for at least{" "}
          <input
            name="olderThanDays"
            type="number"
            min={0}
            defaultValue={filters.olderThanDays ?? ""}
            className={`${select} w-20`}
          />{" "}
          days
        </label>
        <button type="submit" className="rounded-md bg-blue-700 px-3 py-1.5 text-white">
          Filter
        </button>
      </form>
      {violations.length === 0 ? (
        <p
          className="rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600"
          data-testid="violations-empty"
        >
          No violations match.
        </p>
      ) : (
        <table className="w-full overflow-hidden rounded-xl bg-white text-left text-sm shadow">
          <thead className="bg-slate-100 text-slate-600">
            <tr>
              <th className="px-4 py-2">Borrower</th>
              <th className="px-4 py-2">Rule</th>
              <th className="px-4 py-2">Severity</th>
              <th className="px-4 py-2">Status</th>
              <th className="px-4 py-2">Open for</th>
            </tr>
          </thead>
          <tbody>
            {violations.map((violation) => (
              <tr
                key={violation.id}
                className="border-t border-slate-100 align-top"
                data-testid="violation-row"
              >
                <td className="px-4 py-3">
                  <Link
                    href={`/borrowers/${violation.borrower.id}`}
                    className="text-blue-800 hover:underline"
                  >
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
          </tbody>
        </table>
      )}
    </section>
  );
}
