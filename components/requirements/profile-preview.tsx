import { OutcomeBadge } from "@/components/borrowers/outcome-badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { PreviewState } from "@/lib/actions/profile-actions";
import { formatCount } from "@/lib/format-human";
import type { BorrowerPreview, PreviewCount } from "@/lib/server/profiles/preview-profile";

const outcomeWords: Record<string, string> = {
  pass: "passing",
  fail: "failing",
  caution: "a caution",
  unknown: "unknown",
};

/** "37", or "about 1,850 (± 120)" when the preview examined a sample. */
function counted({ estimate, margin }: PreviewCount, isSample: boolean): string {
  return isSample ? `about ${formatCount(estimate)} (± ${formatCount(margin)})` : formatCount(estimate);
}

/** What the edited profile would change if saved: for its borrowers, and for one borrower rule by rule. */
export function ProfilePreview({ state }: { state: PreviewState }) {
  const { portfolio, borrower } = state;
  if (!portfolio && !borrower) return null;
  return (
    <section aria-labelledby="preview-heading" className="grid gap-4 text-sm" data-testid="profile-preview">
      <h3 id="preview-heading" className="font-medium">
        Preview: nothing is saved
      </h3>
      {portfolio && (
        <div className="grid gap-2" data-testid="preview-portfolio">
          <p>
            {portfolio.total === 0
              ? "No monitored policy follows this profile yet."
              : portfolio.isSample
                ? `A random sample of ${formatCount(portfolio.examined)} of its ${formatCount(portfolio.total)} monitored policies was evaluated; counts are estimates with a 95% margin.`
                : `All ${formatCount(portfolio.total)} monitored policies under this profile were evaluated.`}
          </p>
          {portfolio.total > 0 && portfolio.transitions.length === 0 && (
            <p data-testid="preview-no-change">No policy would change its outcome.</p>
          )}
          <ul className="list-disc pl-5" data-testid="preview-transitions">
            {portfolio.transitions.map((transition) => (
              <li key={`${transition.from}-${transition.to}`}>
                {counted(transition, portfolio.isSample)} would move from {outcomeWords[transition.from]} to{" "}
                {outcomeWords[transition.to]}
              </li>
            ))}
          </ul>
          {portfolio.rules.length > 0 && (
            <ul className="list-disc pl-5" data-testid="preview-rules">
              {portfolio.rules.map((rule) => (
                <li key={rule.ruleKey}>
                  {rule.title}: {counted(rule.newlyFailing, portfolio.isSample)} newly failing
                  {rule.example ? ` (for example ${rule.example})` : ""}
                  {rule.newlyPassing.count > 0 &&
                    `, ${counted(rule.newlyPassing, portfolio.isSample)} no longer failing`}
                </li>
              ))}
            </ul>
          )}
          {portfolio.examples.length > 0 && (
            <details>
              <summary className="cursor-pointer">Borrowers whose outcome would change</summary>
              <ul className="mt-2 grid gap-1" data-testid="preview-examples">
                {portfolio.examples.map((example) => (
                  <li key={example.borrowerId}>
                    <a className="underline" href={`/borrowers/${example.borrowerId}`}>
                      {example.name}
                    </a>{" "}
                    ({example.loanReference}): {outcomeWords[example.from]} → {outcomeWords[example.to]}
                    {example.because.length > 0 && `, ${example.because.join(", ")}`}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </div>
      )}
      {borrower && (
        <div className="grid gap-2" data-testid="preview-borrower">
          <p className="font-medium">{borrower.name}</p>
          {borrower.policies.length === 0 && <p>No monitored policy.</p>}
          {borrower.policies.map((policy) => (
            <RulePreviewTable key={policy.policyId} rules={policy.rules} />
          ))}
          {borrower.borrowerRules.length > 0 && (
            <RulePreviewTable rules={borrower.borrowerRules} caption="Across all policies" />
          )}
        </div>
      )}
    </section>
  );
}

/** One policy's rules (or the borrower's own), the outcome now beside the outcome with the edit. */
function RulePreviewTable({ rules, caption }: { rules: BorrowerPreview["borrowerRules"]; caption?: string }) {
  return (
    <Table className="text-sm">
      {caption && <caption className="pb-1 text-left font-medium">{caption}</caption>}
      <TableHeader>
        <TableRow>
          <TableHead>Rule</TableHead>
          <TableHead>Now</TableHead>
          <TableHead>With this edit</TableHead>
          <TableHead>Found</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rules.map((rule) => (
          <TableRow key={rule.ruleKey} data-testid={`preview-rule-${rule.ruleKey}`}>
            <TableCell>{rule.title}</TableCell>
            <TableCell>{rule.before ? <OutcomeBadge outcome={rule.before} /> : "—"}</TableCell>
            <TableCell>
              {rule.after ? (
                <OutcomeBadge outcome={rule.after.outcome} />
              ) : (
                <span className="text-muted-foreground">Removed</span>
              )}
            </TableCell>
            <TableCell>{rule.after?.message ?? "Taken out of the profile: it no longer counts."}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
