import "server-only";
import type { PolicyTerm, SnapshotSource } from "@/generated/prisma/client";
import { describeChanges } from "@/lib/axle/describe-change";
import { type Change, diffPolicies } from "@/lib/axle/diff";
import { isAtLeastAsNew } from "@/lib/axle/is-newer";
import type { AxlePolicy } from "@/lib/axle/schemas";
import { syncTransactionLimits } from "@/lib/db-transaction-limits";
import { axle } from "../axle/axle-client";
import { getConnectionWithToken } from "../connections/get-connection-token";
import { db } from "../db";
import { borrowerRef, emitEvent } from "../integrations/emit-event";
import { evaluatePolicyIn } from "../requirements/evaluate-policy";
import { toJson } from "../to-json";

type SyncOptions = {
  connectionId: string;
  policyId: string;
  eventId?: string;
  source?: SnapshotSource;
  term?: PolicyTerm;
};
export type SyncResult = {
  snapshotId: string;
  isCurrent: boolean;
  changes: Change[];
  wasAlreadyApplied: boolean;
};

/**
 * Fetches a policy term from Axle, keeps the body as a snapshot with what changed, makes it current unless
 * we already hold newer data (older bodies stay in the history, marked out of order), and re-evaluates the
 * borrower's requirements when the current state moved. The snapshot, the policy row, the evaluation and its
 * violations commit in one transaction, so one snapshot per event marks every step done: a retried event
 * whose snapshot is written has nothing left to do, and one whose transaction failed does it all again.
 */
export async function syncPolicy({
  connectionId,
  policyId,
  eventId,
  source = "EVENT",
  term = "CURRENT",
}: SyncOptions): Promise<SyncResult> {
  if (eventId) {
    const applied = await db.policySnapshot.findUnique({
      where: { eventId_term: { eventId, term } },
      select: { id: true },
    });
    if (applied) return { snapshotId: applied.id, isCurrent: false, changes: [], wasAlreadyApplied: true };
  }
  const { connection, accessToken } = await getConnectionWithToken(connectionId);
  const policy = await axle.getPolicy(accessToken, policyId, term === "RENEWAL" ? { term: "renewal" } : {});
  const fetchedAt = new Date();

  return db.$transaction(async (tx) => {
    // Serialise writers of one policy so that two deliveries cannot both decide they hold the newest body.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`policy:${policyId}`}))`;
    const current = await tx.policy.findUnique({
      where: { id: policyId },
      select: { data: true, renewalData: true, modifiedAt: true, refreshedAt: true },
    });
    const held =
      term === "RENEWAL"
        ? ((current?.renewalData as AxlePolicy | null) ?? null)
        : ((current?.data as AxlePolicy | undefined) ?? null);
    const isCurrent = isAtLeastAsNew(policy, held);
    const changes = isCurrent ? diffPolicies(held, policy) : [];
    if (isCurrent && term === "CURRENT") {
      const columns = currentPolicyColumns(policy, fetchedAt);
      await tx.policy.upsert({
        where: { id: policyId },
        create: { id: policyId, connectionId, borrowerId: connection.borrowerId, ...columns },
        update: columns,
      });
    }
    if (isCurrent && term === "RENEWAL") {
      if (!current) throw new Error(`renewal for ${policyId} arrived before its current term`);
      await tx.policy.update({ where: { id: policyId }, data: { renewalData: toJson(policy) } });
    }
    const snapshot = await tx.policySnapshot.create({
      data: {
        policyId,
        term,
        data: toJson(policy),
        diff: changes.length > 0 ? toJson(changes) : undefined,
        modifiedAt: new Date(policy.modifiedAt),
        refreshedAt: new Date(policy.refreshedAt),
        fetchedAt,
        isOutOfOrder: !isCurrent,
        source,
        eventId,
      },
    });
    if (isCurrent && term === "CURRENT" && changes.length > 0) {
      const words = describeChanges(changes, policy);
      await emitEvent(tx, "policy.changed", {
        borrower: await borrowerRef(tx, connection.borrowerId),
        policy: { id: policyId, policyNumber: policy.policyNumber ?? null, carrier: policy.carrier },
        changes: changes.map((change, index) => ({
          path: change.field,
          before: change.from ?? null,
          after: change.to ?? null,
          words: words[index] ?? change.field,
        })),
      });
    }
    // The evaluation also refreshes the borrower's status: freshness, expiry (and a renewal continuing it),
    // carrier, policy number and VINs are read from the row just written.
    if (isCurrent)
      await evaluatePolicyIn(tx, { policyId, snapshotId: term === "CURRENT" ? snapshot.id : undefined });
    return { snapshotId: snapshot.id, isCurrent, changes, wasAlreadyApplied: false };
  }, syncTransactionLimits);
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
