import "server-only";
import { syncAccount } from "../accounts/sync-account";
import { recordAudit, userActor } from "../audit/record-audit";
import type { CurrentUser } from "../auth/current-user";
import { db } from "../db";
import { syncPolicy } from "../policies/sync-policy";

/** "Re-sync from Axle": fetch every monitored account and policy of a borrower now, as if an event had come. */
export async function resyncBorrower({ borrowerId, actor }: { borrowerId: string; actor: CurrentUser }) {
  const connections = await db.axleConnection.findMany({
    where: { borrowerId, isMonitoring: true },
    select: { id: true, policyIds: true },
  });
  let changed = 0;
  for (const connection of connections) {
    if ((await syncAccount({ connectionId: connection.id, source: "RESYNC" })).changes.length > 0)
      changed += 1;
    for (const policyId of connection.policyIds) {
      if ((await syncPolicy({ connectionId: connection.id, policyId, source: "RESYNC" })).changes.length > 0)
        changed += 1;
    }
  }
  await db.$transaction((tx) =>
    recordAudit(tx, {
      actor: userActor(actor),
      action: "borrower.resynced",
      targetType: "Borrower",
      targetId: borrowerId,
      details: { connections: connections.length, changed },
    }),
  );
  return { connections: connections.length, changed };
}
