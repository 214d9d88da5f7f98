import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { severityLabels } from "@/lib/borrowers/compliance-status-labels";
import { formatDays, formatMoney } from "@/lib/format-human";
import { rulesByKey } from "@/lib/requirements/rule-catalog";
import type { ProfileWithRules } from "@/lib/server/profiles/list-profiles";

type Rule = ProfileWithRules["versions"][number]["rules"][number];

/** A rule's settings as people read them: "Maximum deductible $1,000", "Warn 30 days before expiry". */
export function describeRuleInput(rule: Pick<Rule, "ruleKey" | "input">): string {
  const input = (rule.input ?? {}) as Record<string, unknown>;
  const definition = rulesByKey.get(rule.ruleKey);
  return (definition?.fields ?? [])
    .filter((field) => input[field.name] !== "" && input[field.name] !== undefined)
    .map((field) => {
      const value = input[field.name];
      if (typeof value === "number" && field.kind === "money") return `${field.label}: ${formatMoney(value)}`;
      if (typeof value === "number" && field.kind === "days") return `${field.label}: ${formatDays(value)}`;
      return `${field.label}: ${String(value)}`;
    })
    .join(" · ");
}

/** The latest version of a profile: the rules it requires, with their severities and settings. */
export function ProfileSummary({ profile }: { profile: ProfileWithRules }) {
  const version = profile.versions[0];
  return (
    <Card>
      <CardHeader className="border-b border-border">
        <CardTitle>Version {version?.version ?? 0}</CardTitle>
        <CardDescription>
          {profile.isDefault
            ? "Applies to every borrower without a profile."
            : `${profile._count.borrowers} ${profile._count.borrowers === 1 ? "borrower" : "borrowers"} assigned.`}{" "}
          Reminders{" "}
          {profile.reminderDays.length > 0
            ? `${profile.reminderDays.map((days) => formatDays(days)).join(" and ")} after the first request`
            : "off"}
          {profile.autoOutreach ? "; borrowers are asked to reconnect automatically." : "."} Invited borrowers
          who have not connected are reminded{" "}
          {profile.chaseDays.length > 0
            ? `${profile.chaseDays.map((days) => formatDays(days)).join(", ")} after the invitation.`
            : "never."}
        </CardDescription>
      </CardHeader>
      <CardContent className="pt-2">
        <ul className="divide-y divide-border text-sm">
          {version?.rules.map((rule) => {
            const severity = severityLabels[rule.severity];
            const settings = describeRuleInput(rule);
            return (
              <li
                key={rule.id}
                className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2.5"
                data-testid="profile-rule"
              >
                <Badge variant={severity.tone} className="w-16 justify-center">
                  {severity.label}
                </Badge>
                <span className="font-medium">{definitionTitle(rule.ruleKey)}</span>
                {settings && <span className="text-muted-foreground">{settings}</span>}
              </li>
            );
          })}
        </ul>
      </CardContent>
    </Card>
  );
}

function definitionTitle(ruleKey: string) {
  return rulesByKey.get(ruleKey)?.title ?? ruleKey;
}
