import "server-only";
import { syncTransactionLimits } from "@/lib/db-transaction-limits";
import { db, type Tx } from "../db";
import { log } from "../log";
import { settleBorrowerIn } from "../requirements/evaluate-borrower";
import { evaluatePolicy, evaluatePolicyIn, lockEvaluations } from "../requirements/evaluate-policy";

// Evaluating borrowers again when what they are measured against changed. A profile's new version or its
// retirement reaches many borrowers, so it runs as a bulk action's job (save-profile.ts, retire-profile.ts),
// one borrower per transaction; one borrower's collateral or profile runs here at once.

/**
 * Every monitored policy of these borrowers, evaluated now (one at a time: each takes its own lock, and
 * settles its borrower's own rules). A borrower with no monitored policy (invited, never connected) has only
 * their own rules evaluated. Returns how many policies were evaluated.
 */
export async function reevaluateBorrowers(borrowerIds: string[], now = new Date()) {
  const policies = await db.policy.findMany({
    where: { borrowerId: { in: borrowerIds }, connection: { isMonitoring: true } },
    select: { id: true, borrowerId: true },
  });
  for (const policy of policies) {
    try {
      await evaluatePolicy({ policyId: policy.id, now });
    } catch (error) {
      log.error("re-evaluation failed", { policyId: policy.id, err: error as Error });
    }
  }
  const withPolicies = new Set(policies.map((policy) => policy.borrowerId));
  for (const borrowerId of borrowerIds.filter((id) => !withPolicies.has(id))) {
    try {
      await db.$transaction((tx) => settleBorrowerIn(tx, borrowerId, now), syncTransactionLimits);
    } catch (error) {
      log.error("re-evaluation failed", { borrowerId, err: error as Error });
    }
  }
  return policies.length;
}

/**
 * One borrower's monitored policies, evaluated inside the caller's transaction, then the borrower's status
 * (also for a borrower with none: a retired profile's expiry window no longer applies).
 */
export async function reevaluateBorrowerIn(tx: Tx, borrowerId: string, now = new Date()) {
  const policies = await tx.policy.findMany({
    where: { borrowerId, connection: { isMonitoring: true } },
    select: { id: true },
  });
  const policyIds = policies.map((policy) => policy.id);
  await lockEvaluations(tx, policyIds);
  for (const policyId of policyIds) await evaluatePolicyIn(tx, { policyId, now, refreshesStatus: false });
  await settleBorrowerIn(tx, borrowerId, now);
}
