import "server-only";
import { mapWithConcurrency } from "@/lib/concurrency";
import { syncAccount } from "../accounts/sync-account";
import { db } from "../db";
import { log } from "../log";
import { syncPolicy } from "../policies/sync-policy";
import { toJson } from "../to-json";

type Finding = {
  kind: "account" | "policy";
  id: string;
  borrowerId: string;
  changes: { field: string; from: unknown; to: unknown }[];
};

/**
 * Fetches every monitored account and policy again, a few at a time, so that a change Axle never announced
 * (a lost webhook) is still caught. Records what it found that no event had told us: after the events we
 * processed, our current state should already be Axle's, so any change found here is news.
 */
export async function runReconcile({ concurrency = 4 }: { concurrency?: number } = {}) {
  const run = await db.reconcileRun.create({ data: {} });
  const connections = await db.axleConnection.findMany({
    where: { isMonitoring: true },
    select: { id: true, borrowerId: true, accountId: true, policyIds: true },
  });
  const findings: Finding[] = [];
  let errors = 0;
  let policiesChecked = 0;

  await mapWithConcurrency(connections, concurrency, async (connection) => {
    try {
      const account = await syncAccount({ connectionId: connection.id, source: "RECONCILE" });
      if (account.changes.length > 0)
        findings.push({
          kind: "account",
          id: connection.accountId,
          borrowerId: connection.borrowerId,
          changes: account.changes,
        });
    } catch (error) {
      errors += 1;
      log.warn("reconcile: account failed", { connectionId: connection.id, err: error as Error });
    }
    for (const policyId of connection.policyIds) {
      try {
        policiesChecked += 1;
        const policy = await syncPolicy({ connectionId: connection.id, policyId, source: "RECONCILE" });
        if (policy.changes.length > 0)
          findings.push({
            kind: "policy",
            id: policyId,
            borrowerId: connection.borrowerId,
            changes: policy.changes,
          });
      } catch (error) {
        errors += 1;
        log.warn("reconcile: policy failed", { policyId, err: error as Error });
      }
    }
  });

  const finished = await db.reconcileRun.update({
    where: { id: run.id },
    data: {
      finishedAt: new Date(),
      accountsChecked: connections.length,
      policiesChecked,
      changesFound: findings.length,
      errors,
      findings: toJson(findings.slice(0, 500)),
    },
  });
  log.info("reconcile finished", {
    accounts: connections.length,
    policies: policiesChecked,
    changesFound: findings.length,
    errors,
  });
  return finished;
}
