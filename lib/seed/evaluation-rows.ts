// The policy's latest evaluation, computed by the real rules of the default profile (so the stored results
// are exactly what Coverwatch would have written), the violations it keeps open, and some closed history.
import type { AxlePolicy } from "@/lib/axle/schemas";
import { evaluateRules, isViolation, overallOutcome, severityOf } from "@/lib/requirements/evaluate-rules";
import type { RuleResult } from "@/lib/requirements/types";
import { type Batch, newUuid, type SeedContext } from "./batch";
import { dayMs } from "./dates";
import { between, pick } from "./random";
import type { ConnectedBorrower } from "./seed-connection";

type EvaluationInput = ConnectedBorrower & {
  policy: AxlePolicy;
  policyId: string;
  snapshotId: string;
  connectionStatus: string;
  disconnectedAt: Date | null;
  evaluatedAt: Date;
  /** When the carrier last changed the policy (the connection time when it never did). */
  changedAt: Date;
};

const waiverReasons = [
  "Borrower sent a binder from the new carrier; waiting for Axle to pick it up.",
  "Deductible approved by credit committee for this loan.",
  "Insurer confirmed by phone; documents requested.",
];

export function seedEvaluation(ctx: SeedContext, batch: Batch, input: EvaluationInput): void {
  const { random, identity, vehicle, evaluatedAt } = input;
  const results = evaluateRules(
    {
      policy: input.policy,
      renewal: null,
      account: { connectionStatus: input.connectionStatus },
      borrower: {
        firstName: identity.firstName,
        lastName: identity.lastName,
        lenderName: identity.lenderName,
        vehicles: input.hasCollateral ? [vehicle] : [],
      },
      now: evaluatedAt,
    },
    ctx.profile.rules,
  );
  batch.evaluation.push({
    id: newUuid(),
    policyId: input.policyId,
    snapshotId: input.snapshotId,
    profileVersionId: ctx.profile.versionId,
    outcome: overallOutcome(results).toUpperCase(),
    results,
    evaluatedAt,
  });

  for (const result of results) {
    if (!isViolation(result.outcome)) continue;
    const roll = random();
    const status =
      result.outcome === "fail" && roll < 0.05 ? "WAIVED" : roll < 0.17 ? "ACKNOWLEDGED" : "OPEN";
    const firstSeenAt = firstSeen(input, result);
    const later = (fraction: number) =>
      new Date(firstSeenAt.getTime() + fraction * (evaluatedAt.getTime() - firstSeenAt.getTime()));
    batch.violation.push({
      ...violationFields(input, result, severityOf(ctx.profile.rules, result.ruleKey)),
      status,
      liveKey: `${input.policyId}:${result.ruleKey}`,
      firstSeenAt,
      lastSeenAt: evaluatedAt,
      resolvedAt: null,
      acknowledgedAt: status === "ACKNOWLEDGED" ? later(0.3) : null,
      acknowledgedById: status === "ACKNOWLEDGED" ? ctx.actorId : null,
      waivedAt: status === "WAIVED" ? later(0.5) : null,
      waivedById: status === "WAIVED" ? ctx.actorId : null,
      waivedUntil: status === "WAIVED" ? new Date(ctx.now.getTime() + between(random, 14, 90) * dayMs) : null,
      waiverReason: status === "WAIVED" ? pick(random, waiverReasons) : null,
    });
  }
  seedResolvedViolation(ctx, batch, input);
}

function violationFields(input: EvaluationInput, result: RuleResult, severity: string) {
  return {
    id: newUuid(),
    borrowerId: input.borrowerId,
    policyId: input.policyId,
    ruleKey: result.ruleKey,
    severity,
    outcome: result.outcome.toUpperCase(),
    message: result.message,
    evidence: result.evidence,
  };
}

/** When the rule started failing: the day the cause appeared, never before the borrower connected. */
function firstSeen(input: EvaluationInput, result: RuleResult): Date {
  const { policy } = input;
  let at = input.changedAt;
  if (result.ruleKey === "not-expiring" && policy.expirationDate)
    at = new Date(Date.parse(policy.expirationDate) - (result.outcome === "fail" ? 0 : 30 * dayMs));
  if (
    result.ruleKey === "policy-active" &&
    policy.expirationDate &&
    Date.parse(policy.expirationDate) < at.getTime()
  )
    at = new Date(Date.parse(policy.expirationDate));
  if (result.ruleKey === "data-fresh") at = new Date(Date.parse(policy.refreshedAt) + 3 * dayMs);
  if (result.ruleKey === "account-connected" && input.disconnectedAt) at = input.disconnectedAt;
  const time = Math.min(Math.max(at.getTime(), input.connectedAt.getTime()), input.evaluatedAt.getTime());
  return new Date(time);
}

/** About one policy in eight had a problem that has since gone away: a stale spell, or a reconnection. */
function seedResolvedViolation(ctx: SeedContext, batch: Batch, input: EvaluationInput): void {
  const { random, evaluatedAt, connectedAt } = input;
  const history = evaluatedAt.getTime() - connectedAt.getTime();
  if (history < 20 * dayMs || random() >= 0.12) return;
  const firstSeenAt = new Date(connectedAt.getTime() + Math.floor(random() * (history - 10 * dayMs)));
  const resolvedAt = new Date(firstSeenAt.getTime() + between(random, 1, 7) * dayMs);
  const days = between(random, 4, 6);
  const past: RuleResult = pick(random, [
    {
      ruleKey: "data-fresh",
      outcome: "fail",
      message: `Axle has not refreshed this policy for ${days} days.`,
      evidence: { required: "refreshed within 3 days", found: `refreshed ${days} days before` },
    },
    {
      ruleKey: "account-connected",
      outcome: "fail",
      message: "The carrier account is disconnected: the borrower's carrier password changed or expired.",
      evidence: { required: "connection active", found: "credentials-expired" },
    },
  ] satisfies RuleResult[]);
  const severity = ctx.profile.rules.find((rule) => rule.ruleKey === past.ruleKey)?.severity ?? "LOW";
  batch.violation.push({
    ...violationFields(input, past, severity),
    status: "RESOLVED",
    liveKey: null,
    firstSeenAt,
    lastSeenAt: resolvedAt,
    resolvedAt,
    acknowledgedAt: null,
    acknowledgedById: null,
    waivedAt: null,
    waivedById: null,
    waivedUntil: null,
    waiverReason: null,
  });
}
