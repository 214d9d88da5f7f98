import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { syncTransactionLimits } from "@/lib/db-transaction-limits";
import { evaluateRules, overallOutcome, severityOf } from "@/lib/requirements/evaluate-rules";
import { db, type Tx } from "../db";
import { settleBorrowerIn } from "./evaluate-borrower";
import { resolveProfileVersion } from "./resolve-profile-version";
import { ruleContextSelect, toRuleContext } from "./rule-context";
import { resolveDroppedRules, toDbOutcome, trackViolation } from "./track-violation";

type EvaluationRequest = {
  policyId: string;
  snapshotId?: string;
  now?: Date;
  /**
   * false when the caller evaluates several policies in one transaction and refreshes the borrower's status
   * once, after all of them (see lockEvaluations for why).
   */
  refreshesStatus?: boolean;
};

/**
 * Evaluates the current policy against the borrower's requirements, records the evaluation, and opens,
 * updates or resolves one violation per rule. At most one live violation exists per (policy, rule).
 */
export async function evaluatePolicy(request: EvaluationRequest) {
  return db.$transaction((tx) => evaluatePolicyIn(tx, request), syncTransactionLimits);
}

/**
 * The same, inside the caller's transaction: a snapshot and the evaluation it causes commit together, so a
 * retried event never finds one without the other.
 */
export async function evaluatePolicyIn(
  tx: Tx,
  { policyId, snapshotId, now = new Date(), refreshesStatus = true }: EvaluationRequest,
) {
  await lockEvaluations(tx, [policyId]);
  const policy = await tx.policy.findUniqueOrThrow({ where: { id: policyId }, select: ruleContextSelect });
  const version = await resolveProfileVersion(tx, policy.borrower.requirementProfileId);
  const context = toRuleContext(policy, now);
  const results = evaluateRules(context, version.rules);
  const evaluation = await tx.evaluation.create({
    data: {
      policyId,
      snapshotId,
      profileVersionId: version.id,
      outcome: toDbOutcome(overallOutcome(results)),
      results: results as unknown as Prisma.InputJsonArray,
      evaluatedAt: now,
    },
  });

  for (const result of results) {
    const severity = severityOf(version.rules, result.ruleKey);
    await trackViolation(tx, { subject: policy, result, severity, evaluationId: evaluation.id, now });
  }
  const ruleKeys = results.map((result) => result.ruleKey);
  await resolveDroppedRules(tx, { subject: policy, ruleKeys, evaluationId: evaluation.id, now });
  if (refreshesStatus) await settleBorrowerIn(tx, policy.borrowerId, now);
  return evaluation;
}

/**
 * Serialises evaluations of each policy until the transaction ends. Every path takes its locks in one order:
 * the object fetched (the policy's or account's advisory lock), then these (sorted), then violation rows, then
 * the borrower's rules (evaluate-borrower.ts: its lock, its violations), then the borrower's row (the status
 * refresh) last. Acting on a violation locks it, then its borrower: the same
 * order. So a transaction that evaluates several policies refreshes the status once, after all of them
 * (`refreshesStatus: false`); refreshing between two would hold the borrower while reaching for the next
 * policy's violations. Taking a lock again in the same transaction is free.
 */
export async function lockEvaluations(tx: Tx, policyIds: string[]) {
  for (const policyId of [...policyIds].sort())
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`evaluate:${policyId}`}))`;
}
