import "server-only";
import type { RuleOutcome as DbOutcome, Prisma } from "@/generated/prisma/client";
import type { AxlePolicy } from "@/lib/axle/schemas";
import { evaluateRules, isViolation, overallOutcome } from "@/lib/requirements/evaluate-rules";
import type { RuleOutcome } from "@/lib/requirements/types";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db";
import { resolveProfileVersion } from "./resolve-profile-version";

const toDb = (outcome: RuleOutcome) => outcome.toUpperCase() as DbOutcome;

/**
 * Evaluates the current policy against the borrower's requirements, records the evaluation, and opens,
 * updates or resolves one violation per rule. At most one live violation exists per (policy, rule).
 */
export async function evaluatePolicy({
  policyId,
  snapshotId,
  now = new Date(),
}: {
  policyId: string;
  snapshotId?: string;
  now?: Date;
}) {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`evaluate:${policyId}`}))`;
    const policy = await tx.policy.findUniqueOrThrow({
      where: { id: policyId },
      select: {
        id: true,
        data: true,
        borrowerId: true,
        borrower: { select: { requirementProfileId: true } },
      },
    });
    const version = await resolveProfileVersion(tx, policy.borrower.requirementProfileId);
    const results = evaluateRules(policy.data as AxlePolicy, version.rules, now);
    const evaluation = await tx.evaluation.create({
      data: {
        policyId,
        snapshotId,
        profileVersionId: version.id,
        outcome: toDb(overallOutcome(results)),
        results: results as unknown as Prisma.InputJsonArray,
        evaluatedAt: now,
      },
    });

    for (const [index, result] of results.entries()) {
      const liveKey = `${policyId}:${result.ruleKey}`;
      if (isViolation(result.outcome)) {
        const fields = {
          outcome: toDb(result.outcome),
          message: result.message,
          evidence: result.evidence,
          lastSeenAt: now,
        };
        const severity = version.rules[index]?.severity ?? "HIGH";
        const existing = await tx.violation.findUnique({ where: { liveKey }, select: { id: true } });
        if (existing) {
          await tx.violation.update({ where: { id: existing.id }, data: { ...fields, severity } });
        } else {
          const opened = await tx.violation.create({
            data: {
              ...fields,
              liveKey,
              severity,
              borrowerId: policy.borrowerId,
              policyId,
              ruleKey: result.ruleKey,
              firstSeenAt: now,
            },
          });
          await recordAudit(tx, {
            actor: "system",
            action: "violation.opened",
            targetType: "Violation",
            targetId: opened.id,
            details: { policyId, ruleKey: result.ruleKey, evaluationId: evaluation.id },
          });
        }
      } else if (result.outcome === "pass") {
        // An unknown result leaves an open violation as it is: not knowing is not the same as complying.
        const live = await tx.violation.findUnique({ where: { liveKey }, select: { id: true } });
        if (live) {
          await tx.violation.update({
            where: { id: live.id },
            data: { status: "RESOLVED", resolvedAt: now, liveKey: null },
          });
          await recordAudit(tx, {
            actor: "system",
            action: "violation.resolved",
            targetType: "Violation",
            targetId: live.id,
            details: { policyId, ruleKey: result.ruleKey, evaluationId: evaluation.id },
          });
        }
      }
    }
    return evaluation;
  });
}
