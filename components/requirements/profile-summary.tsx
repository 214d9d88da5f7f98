import { Badge } from "@/components/ui/badge";
import { ruleTitle } from "@/lib/requirements/evaluate-rules";
import type { ProfileWithRules } from "@/lib/server/profiles/list-profiles";

function describeInput(input: unknown): string {
  const entries = Object.entries((input ?? {}) as Record<string, unknown>).filter(
    ([, value]) => value !== "" && value !== undefined,
  );
  return entries
    .map(
      ([key, value]) =>
        `${key}: ${typeof value === "number" && value >= 100 ? `$${value.toLocaleString("en-US")}` : String(value)}`,
    )
    .join(", ");
}

export function ProfileSummary({ profile, justSaved }: { profile: ProfileWithRules; justSaved: boolean }) {
  const version = profile.versions[0];
  return (
    <div className="rounded-xl bg-white p-6 shadow">
      <h1 className="text-2xl font-semibold" data-testid="profile-title">
        {profile.name} {profile.isDefault && <Badge tone="blue">default</Badge>}{" "}
        {profile.retiredAt && <Badge tone="slate">retired</Badge>}
      </h1>
      <p className="text-slate-600">
        Version {version?.version ?? 0} ·{" "}
        {profile.isDefault
          ? "applies to every borrower without a profile"
          : `${profile._count.borrowers} borrowers assigned`}{" "}
        · reminders on days {profile.reminderDays.join(", ") || "none"}
      </p>
      {justSaved && (
        <p className="mt-2 text-green-800" data-testid="profile-saved">
          Saved as version {version?.version}. Its borrowers were evaluated again.
        </p>
      )}
      <ul className="mt-4 space-y-1 text-sm">
        {version?.rules.map((rule) => (
          <li key={rule.id} data-testid="profile-rule">
            <Badge tone="slate">{rule.severity.toLowerCase()}</Badge> {ruleTitle(rule.ruleKey)}{" "}
            <span className="text-slate-500">{describeInput(rule.input)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
