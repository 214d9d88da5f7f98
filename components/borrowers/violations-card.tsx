import { Badge } from "@/components/ui/badge";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { AssigneeOptionsProvider } from "@/components/violations/violation-assignment";
import { formatDate } from "@/lib/format-human";
import { ruleTitle } from "@/lib/requirements/evaluate-rules";
import type { BorrowerDetail } from "@/lib/server/borrowers/get-borrower-detail";
import type { AssigneeOption } from "@/lib/server/users/list-assignee-options";
import { ViolationCard } from "./violation-card";

type Props = {
  violations: BorrowerDetail["violations"];
  borrower: { id: string; name: string; email: string };
  canManage: boolean;
  canOutreach: boolean;
  /** Who a violation can be assigned to; empty for those who cannot assign. */
  assignees: AssigneeOption[];
  now: Date;
};

/** What is wrong now, each with its evidence and actions, and what was wrong before (resolved). */
export function ViolationsCard({ violations, borrower, canManage, canOutreach, assignees, now }: Props) {
  const open = violations.filter((violation) => violation.status !== "RESOLVED");
  const resolved = violations.filter((violation) => violation.status === "RESOLVED");
  return (
    <Card id="violations" className="scroll-mt-20">
      <CardHeader className="border-b border-border">
        <CardTitle className="flex items-center gap-2">
          Violations
          {open.length > 0 && (
            <Badge variant="danger" className="tabular-nums">
              {open.length} open
            </Badge>
          )}
        </CardTitle>
        {open.length === 0 && (
          <CardDescription data-testid="no-open-violations">
            No open violations: every rule of the profile passes, or its violation is resolved.
          </CardDescription>
        )}
      </CardHeader>
      {open.length > 0 && (
        <AssigneeOptionsProvider options={assignees}>
          <ul className="divide-y divide-border">
            {open.map((violation) => (
              <ViolationCard
                key={violation.id}
                violation={violation}
                borrower={borrower}
                canManage={canManage}
                canOutreach={canOutreach}
                now={now}
              />
            ))}
          </ul>
        </AssigneeOptionsProvider>
      )}
      {resolved.length > 0 && (
        <details className="border-t border-border px-5 py-3 text-sm">
          <summary className="cursor-pointer rounded-sm text-muted-foreground outline-none hover:text-foreground focus-visible:ring-2 focus-visible:ring-ring">
            History ({resolved.length} resolved)
          </summary>
          <ul className="mt-2 space-y-1.5">
            {resolved.map((violation) => (
              <li key={violation.id} data-testid="resolved-violation">
                <span className="font-medium">{ruleTitle(violation.ruleKey)}</span>: {violation.message}{" "}
                <span className="text-muted-foreground">
                  {formatDate(violation.firstSeenAt)} to{" "}
                  {violation.resolvedAt ? formatDate(violation.resolvedAt) : "—"}
                </span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </Card>
  );
}
