import "server-only";
import type { RuleOutcome as DbOutcome, Severity } from "@/generated/prisma/client";
import { isViolation } from "@/lib/requirements/evaluate-rules";
import type { RuleOutcome, RuleResult } from "@/lib/requirements/types";
import { announceViolationOpened } from "../alerts/violation-opened";
import { recordAudit } from "../audit/record-audit";
import type { Tx } from "../db";
import { emitEvent } from "../integrations/emit-event";
import { violationEventData } from "../integrations/event-refs";

export const toDbOutcome = (outcome: RuleOutcome) => outcome.toUpperCase() as DbOutcome;

type Tracked = {
  /** A policy for its per-policy rules; the borrower alone (`id: null`) for rules about the borrower as a whole. */
  subject: { id: string | null; borrowerId: string };
  result: RuleResult;
  severity: Severity;
  evaluationId: string;
  now: Date;
};

/**
 * Moves one rule's violation along with a new result: a fail or caution opens it (or refreshes the live one),
 * a pass resolves it. An unknown result leaves it as it is: not knowing is not the same as complying.
 * `liveKey` (unique) allows at most one live violation per policy (or borrower) and rule.
 */
export async function trackViolation(tx: Tx, { subject, result, severity, evaluationId, now }: Tracked) {
  const liveKey = `${subject.id ?? `borrower:${subject.borrowerId}`}:${result.ruleKey}`;
  const live = await tx.violation.findUnique({ where: { liveKey }, select: { id: true } });
  const audit = (action: string, violationId: string) =>
    recordAudit(tx, {
      actor: "system",
      action,
      targetType: "Violation",
      targetId: violationId,
      details: { policyId: subject.id, ruleKey: result.ruleKey, evaluationId },
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
        borrowerId: subject.borrowerId,
        policyId: subject.id,
        ruleKey: result.ruleKey,
        firstSeenAt: now,
      },
    });
    await audit("violation.opened", opened.id);
    await announceViolationOpened(tx, opened.id);
    await emitEvent(tx, "violation.opened", await violationEventData(tx, opened.id));
  } else if (result.outcome === "pass" && live) {
    await tx.violation.update({
      where: { id: live.id },
      data: { status: "RESOLVED", resolvedAt: now, liveKey: null },
    });
    await audit("violation.resolved", live.id);
    await emitEvent(tx, "violation.resolved", await violationEventData(tx, live.id));
  }
}

/**
 * Resolves the subject's live violations of rules its profile no longer lists: a rule taken out of a profile
 * stops counting against the borrower, as the preview of that change promised.
 */
export async function resolveDroppedRules(
  tx: Tx,
  { subject, ruleKeys, evaluationId, now }: Omit<Tracked, "result" | "severity"> & { ruleKeys: string[] },
) {
  const dropped = await tx.violation.findMany({
    where: {
      ...(subject.id ? { policyId: subject.id } : { borrowerId: subject.borrowerId, policyId: null }),
      liveKey: { not: null },
      ruleKey: { notIn: ruleKeys },
    },
    select: { id: true, ruleKey: true },
    orderBy: { id: "asc" },
  });
  for (const violation of dropped) {
    await tx.violation.update({
      where: { id: violation.id },
      data: { status: "RESOLVED", resolvedAt: now, liveKey: null },
    });
    await recordAudit(tx, {
      actor: "system",
      action: "violation.resolved",
      targetType: "Violation",
      targetId: violation.id,
      details: {
        policyId: subject.id,
        ruleKey: violation.ruleKey,
        evaluationId,
        reason: "rule no longer in the profile",
      },
    });
    await emitEvent(tx, "violation.resolved", await violationEventData(tx, violation.id));
  }
}
