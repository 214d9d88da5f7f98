import "server-only";
import { isAtLeastAsNew } from "@/lib/axle/is-newer";
import type { AxlePolicy } from "@/lib/axle/schemas";
import { axle } from "../axle/axle-client";
import { getConnectionWithToken } from "../connections/get-connection-token";
import { db } from "../db";
import { evaluatePolicy } from "../requirements/evaluate-policy";
import { toJson } from "../to-json";

type SyncOptions = { connectionId: string; policyId: string; eventId?: string };

/**
 * Fetches a policy from Axle, keeps the body as a snapshot, makes it current unless we already hold newer
 * data, and re-evaluates the borrower's requirements when it did.
 */
export async function syncPolicy({ connectionId, policyId, eventId }: SyncOptions) {
  const { connection, accessToken } = await getConnectionWithToken(connectionId);
  const policy = await axle.getPolicy(accessToken, policyId);
  const fetchedAt = new Date();

  const outcome = await db.$transaction(async (tx) => {
    // Serialise writers of one policy so that two deliveries cannot both decide they hold the newest body.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`policy:${policyId}`}))`;
    const current = await tx.policy.findUnique({
      where: { id: policyId },
      select: { modifiedAt: true, refreshedAt: true },
    });
    const isCurrent = isAtLeastAsNew(policy, current);
    if (isCurrent) {
      const columns = currentPolicyColumns(policy, fetchedAt);
      await tx.policy.upsert({
        where: { id: policyId },
        create: { id: policyId, connectionId, borrowerId: connection.borrowerId, ...columns },
        update: columns,
      });
    }
    const snapshot = await tx.policySnapshot.create({
      data: {
        policyId,
        data: toJson(policy),
        modifiedAt: new Date(policy.modifiedAt),
        refreshedAt: new Date(policy.refreshedAt),
        fetchedAt,
        isOutOfOrder: !isCurrent,
        eventId,
      },
    });
    return { snapshotId: snapshot.id, isCurrent };
  });

  if (outcome.isCurrent) await evaluatePolicy({ policyId, snapshotId: outcome.snapshotId });
  return outcome;
}

function currentPolicyColumns(policy: AxlePolicy, fetchedAt: Date) {
  return {
    accountId: policy.account,
    type: policy.type,
    carrier: policy.carrier,
    policyNumber: policy.policyNumber,
    isActive: policy.isActive ?? null,
    effectiveDate: policy.effectiveDate ? new Date(policy.effectiveDate) : null,
    expirationDate: policy.expirationDate ? new Date(policy.expirationDate) : null,
    data: toJson(policy),
    modifiedAt: new Date(policy.modifiedAt),
    refreshedAt: new Date(policy.refreshedAt),
    fetchedAt,
  };
}
