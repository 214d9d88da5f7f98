import { Badge, type Tone } from "@/components/ui/badge";
import { utcStamp } from "@/lib/format-time";
import { ruleTitle } from "@/lib/requirements/evaluate-rules";
import type { RuleResult } from "@/lib/requirements/types";
import type { BorrowerDetail } from "@/lib/server/borrowers/get-borrower-detail";

type Evaluation = BorrowerDetail["connections"][number]["policies"][number]["evaluations"][number];

const tones: Record<string, Tone> = { pass: "green", fail: "red", caution: "amber", unknown: "slate" };

/** The latest evaluation of one policy: every rule, its result and what it compared. */
export function EvaluationPanel({ evaluation }: { evaluation: Evaluation | undefined }) {
  if (!evaluation) return <p className="text-sm text-slate-500">Not evaluated yet.</p>;
  const results = evaluation.results as RuleResult[];
  return (
    <details className="mt-2 text-sm" data-testid="evaluation">
      <summary className="cursor-pointer text-slate-700">
        {evaluation.profileVersion.profile.name} v{evaluation.profileVersion.version}:{" "}
        <Badge tone={tones[evaluation.outcome.toLowerCase()] ?? "slate"}>
          {evaluation.outcome.toLowerCase()}
        </Badge>{" "}
        <span className="text-slate-500">evaluated {utcStamp(evaluation.evaluatedAt)}</span>
      </summary>
      <table className="mt-2 w-full text-left text-xs">
        <thead className="text-slate-500">
          <tr>
            <th className="py-1">Rule</th>
            <th>Result</th>
            <th>Required</th>
            <th>Found</th>
          </tr>
        </thead>
        <tbody>
          {results.map((result) => (
            <tr
              key={result.ruleKey}
              className="border-t border-slate-100 align-top"
              data-testid={`rule-result-${result.ruleKey}`}
            >
              <td className="py-1 pr-2" title={result.message}>
                {ruleTitle(result.ruleKey)}
              </td>
              <td className="pr-2">
                <Badge tone={tones[result.outcome] ?? "slate"}>{result.outcome}</Badge>
              </td>
              <td className="pr-2">{result.evidence.required}</td>
              <td>{result.evidence.found}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
