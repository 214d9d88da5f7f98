import { OutcomeBadge } from "@/components/borrowers/outcome-badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { utcStamp } from "@/lib/format-time";
import { ruleTitle } from "@/lib/requirements/evaluate-rules";
import type { RuleResult } from "@/lib/requirements/types";
import type { BorrowerDetail } from "@/lib/server/borrowers/get-borrower-detail";

type Evaluation = BorrowerDetail["connections"][number]["policies"][number]["evaluations"][number];

/**
 * The latest evaluation of one policy, or of the rules about the borrower as a whole: every rule, its result,
 * what it required and what it found.
 */
export function EvaluationPanel({
  evaluation,
  testId = "evaluation",
}: {
  evaluation: Evaluation | undefined;
  testId?: string;
}) {
  if (!evaluation) return <p className="px-5 pb-5 text-sm text-muted-foreground">Not evaluated yet.</p>;
  const results = evaluation.results as RuleResult[];
  return (
    <div data-testid={testId}>
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1 px-5 pb-3 text-sm text-muted-foreground">
        <span>
          Against{" "}
          <span className="font-medium text-foreground">{evaluation.profileVersion.profile.name}</span>{" "}
          version {evaluation.profileVersion.version}
        </span>
        <OutcomeBadge outcome={evaluation.outcome} testId="evaluation-outcome" />
        <span>evaluated {utcStamp(evaluation.evaluatedAt)}</span>
      </p>
      <Table containerClassName="border-t border-border">
        <TableHeader>
          <TableRow className="hover:bg-transparent">
            <TableHead className="pl-5">Rule</TableHead>
            <TableHead>Result</TableHead>
            <TableHead>Required</TableHead>
            <TableHead className="pr-5">Found</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {results.map((result) => (
            <TableRow
              key={result.ruleKey}
              className="align-top"
              data-testid={`rule-result-${result.ruleKey}`}
            >
              <TableCell className="min-w-48 pl-5">
                <div className="font-medium">{ruleTitle(result.ruleKey)}</div>
                <div className="text-xs text-muted-foreground">{result.message}</div>
              </TableCell>
              <TableCell>
                <OutcomeBadge outcome={result.outcome} />
              </TableCell>
              <TableCell className="min-w-40">{result.evidence.required}</TableCell>
              <TableCell className="min-w-40 pr-5">{result.evidence.found}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
