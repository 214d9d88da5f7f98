import "server-only";
import { db } from "../db";
import { log } from "../log";
import { evaluatePolicy } from "../requirements/evaluate-policy";

/**
 * Evaluates again every current policy of the borrowers a profile applies to: the profile's own borrowers,
 * and for the default profile everyone without a profile. Returns the borrowers touched.
 */
export async function reevaluateProfileBorrowers(profileId: string, now = new Date()): Promise<string[]> {
  const profile = await db.requirementProfile.findUniqueOrThrow({
    where: { id: profileId },
    select: { isDefault: true },
  });
  const where = profile.isDefault
    ? { OR: [{ requirementProfileId: profileId }, { requirementProfileId: null }] }
    : { requirementProfileId: profileId };
  const borrowers = await db.borrower.findMany({ where, select: { id: true } });
  await reevaluateBorrowers(
    borrowers.map((borrower) => borrower.id),
    now,
  );
  return borrowers.map((borrower) => borrower.id);
}

/** Every monitored policy of these borrowers, evaluated now (one at a time: each takes its own lock). */
export async function reevaluateBorrowers(borrowerIds: string[], now = new Date()) {
  const policies = await db.policy.findMany({
    where: { borrowerId: { in: borrowerIds }, connection: { isMonitoring: true } },
    select: { id: true },
  });
  for (const policy of policies) {
    try {
      await evaluatePolicy({ policyId: policy.id, now });
    } catch (error) {
      log.error("re-evaluation failed", { policyId: policy.id, error: (error as Error).message });
    }
  }
  return policies.length;
}
