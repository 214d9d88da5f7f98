import "server-only";
import type { RuleOutcome as DbOutcome, Severity } from "@/generated/prisma/client";
import { isViolation } from "@/lib/requirements/evaluate-rules";
import type { RuleOutcome, RuleResult } from "@/lib/requirements/types";
import { recordAudit } from "../audit/record-audit";
import type { Tx } from "../db";

export const toDbOutcome = (outcome: RuleOutcome) => outcome.toUpperCase() as DbOutcome;

type Tracked = {
  policy: { id: string; borrowerId: string };
  result: RuleResult;
  severity: Severity;
  evaluationId: string;
  now: Date;
};

/**
 * Moves one rule's violation along with a new result: a fail or caution opens it (or refreshes the live one),
 * a pass resolves it. An unknown result leaves it as it is: not knowing is not the same as complying.
 * `liveKey` (unique) allows at most one live violation per policy and rule.
 */
export async function trackViolation(tx: Tx, { policy, result, severity, evaluationId, now }: Tracked) {
  const liveKey = `${policy.id}:${result.ruleKey}`;
  const live = await tx.violation.findUnique({ where: { liveKey }, select: { id: true } });
  const audit = (action: string, violationId: string) =>
    recordAudit(tx, {
      actor: "system",
      action,
      targetType: "Violation",
      targetId: violationId,
      details: { policyId: policy.id, ruleKey: result.ruleKey, evaluationId },
    });

  if (isViolation(result.outcome)) {
    const fields = {
      outcome: toDbOutcome(result.outcome),
      message: result.message,
      evidence: result.evidence,
      lastSeenAt: now,
      severity,
    };
    if (live) {
      await tx.violation.update({ where: { id: live.id }, data: fields });
      return;
    }
    const opened = await tx.violation.create({
      data: {
        ...fields,
        liveKey,
        borrowerId: policy.borrowerId,
        policyId: policy.id,
        ruleKey: result.ruleKey,
        firstSeenAt: now,
      },
    });
    await audit("violation.opened", opened.id);
  } else if (result.outcome === "pass" && live) {
    await tx.violation.update({
      where: { id: live.id },
      data: { status: "RESOLVED", resolvedAt: now, liveKey: null },
    });
    await audit("violation.resolved", live.id);
  }
}
