import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { evaluateBorrowerRules, overallOutcome, severityOf } from "@/lib/requirements/evaluate-rules";
import { refreshComplianceStatus } from "../compliance/refresh-compliance-status";
import type { Tx } from "../db";
import { loadBorrowerRuleContext } from "./borrower-rule-context";
import { resolveProfileVersion } from "./resolve-profile-version";
import { resolveDroppedRules, toDbOutcome, trackViolation } from "./track-violation";

/**
 * Evaluates the rules about the borrower as a whole (every collateral vehicle covered, connected within N days
 * of the invite) over all of their monitored policies, records the evaluation, and moves their violations,
 * which belong to the borrower and to no single policy. A descoped borrower is left as it is: nobody watches
 * them any more. Returns null when nothing was evaluated.
 *
 * Lock order (see lockEvaluations): after every policy evaluation of the transaction, before the borrower's
 * row. Acting on a violation locks the violation, then the borrower's row, and never this lock.
 */
export async function evaluateBorrowerIn(tx: Tx, borrowerId: string, now = new Date()) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`evaluate-borrower:${borrowerId}`}))`;
  const loaded = await loadBorrowerRuleContext(tx, borrowerId, now);
  if (!loaded) throw new Error(`borrower ${borrowerId} not found`);
  if (loaded.isDescoped) return null;
  const version = await resolveProfileVersion(tx, loaded.requirementProfileId);
  const { context } = loaded;
  const results = evaluateBorrowerRules(context, version.rules);
  if (results.length === 0 && (await hasNothingToUndo(tx, borrowerId))) return null;

  const evaluation = await tx.borrowerEvaluation.create({
    data: {
      borrowerId,
      profileVersionId: version.id,
      outcome: toDbOutcome(overallOutcome(results)),
      results: results as unknown as Prisma.InputJsonArray,
      evaluatedAt: now,
    },
  });
  const subject = { id: null, borrowerId };
  for (const result of results) {
    const severity = severityOf(version.rules, result.ruleKey);
    await trackViolation(tx, { subject, result, severity, evaluationId: evaluation.id, now });
  }
  const ruleKeys = results.map((result) => result.ruleKey);
  await resolveDroppedRules(tx, { subject, ruleKeys, evaluationId: evaluation.id, now });
  return evaluation;
}

/**
 * The last steps of any change that can move a borrower's standing, in this order: the rules about the
 * borrower as a whole, then the stored compliance status.
 */
export async function settleBorrowerIn(tx: Tx, borrowerId: string, now = new Date()) {
  await evaluateBorrowerIn(tx, borrowerId, now);
  await refreshComplianceStatus(tx, [borrowerId], now);
}

/**
 * A profile without borrower rules needs no evaluation, unless an earlier profile's left something behind: a
 * live violation to resolve, or results the record would otherwise go on showing.
 */
async function hasNothingToUndo(tx: Tx, borrowerId: string) {
  const live = await tx.violation.count({ where: { borrowerId, policyId: null, liveKey: { not: null } } });
  if (live > 0) return false;
  const latest = await tx.borrowerEvaluation.findFirst({
    where: { borrowerId },
    orderBy: { evaluatedAt: "desc" },
    select: { results: true },
  });
  return !latest || (latest.results as unknown[]).length === 0;
}
