import "server-only";
import type { SnapshotSource } from "@/generated/prisma/client";
import { type Change, diffAccounts } from "@/lib/axle/diff";
import { isAtLeastAsNew } from "@/lib/axle/is-newer";
import type { AxleAccount } from "@/lib/axle/schemas";
import { syncTransactionLimits } from "@/lib/db-transaction-limits";
import { axle } from "../axle/axle-client";
import { getConnectionWithToken } from "../connections/get-connection-token";
import { db } from "../db";
import { emitEvent } from "../integrations/emit-event";
import { connectionEventData } from "../integrations/event-refs";
import { settleBorrowerIn } from "../requirements/evaluate-borrower";
import { evaluatePolicyIn, lockEvaluations } from "../requirements/evaluate-policy";
import { toJson } from "../to-json";

type SyncOptions = { connectionId: string; eventId?: string; source?: SnapshotSource };

/**
 * Fetches the connection's Account, snapshots it with what changed, and makes it current unless we already
 * hold newer data. When the current state moved, the connection's policies are evaluated again ("account
 * connected" is one of their rules). All of it commits in one transaction, so the one snapshot per event
 * marks every step done (see sync-policy.ts).
 */
export async function syncAccount({ connectionId, eventId, source = "EVENT" }: SyncOptions) {
  const { connection, accessToken } = await getConnectionWithToken(connectionId);
  if (eventId) {
    const applied = await db.accountSnapshot.findUnique({
      where: { eventId_accountId: { eventId, accountId: connection.accountId } },
      select: { id: true },
    });
    if (applied)
      return {
        snapshotId: applied.id,
        isCurrent: false,
        changes: [] as Change[],
        connectionStatus: connection.connectionStatus,
      };
  }
  const account = await axle.getAccount(accessToken, connection.accountId);
  const fetchedAt = new Date();

  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`account:${account.id}`}))`;
    const current = await tx.account.findUnique({
      where: { id: account.id },
      select: { data: true, modifiedAt: true, refreshedAt: true },
    });
    const held = (current?.data as AxleAccount | undefined) ?? null;
    const isCurrent = isAtLeastAsNew(account, held);
    const changes = isCurrent ? diffAccounts(held, account) : [];
    const policyIds = isCurrent
      ? (await tx.policy.findMany({ where: { connectionId }, select: { id: true } })).map(
          (policy) => policy.id,
        )
      : [];
    await lockEvaluations(tx, policyIds);
    if (isCurrent) {
      const columns = {
        carrier: account.carrier,
        firstName: account.firstName,
        lastName: account.lastName,
        email: account.email,
        phone: account.phone ?? null,
        connectionStatus: account.connection.status,
        data: toJson(account),
        axleCreatedAt: new Date(account.createdAt),
        modifiedAt: new Date(account.modifiedAt),
        refreshedAt: new Date(account.refreshedAt),
        fetchedAt,
      };
      await tx.account.upsert({
        where: { id: account.id },
        create: { id: account.id, connectionId, ...columns },
        update: columns,
      });
      // When the connection went down is kept until it comes back: automatic outreach answers each
      // disconnection once, by this time (event-handlers.ts).
      const isActive = account.connection.status === "active";
      await tx.axleConnection.update({
        where: { id: connectionId },
        data: { connectionStatus: account.connection.status, ...(isActive ? { disconnectedAt: null } : {}) },
      });
      if (!isActive) {
        const { count } = await tx.axleConnection.updateMany({
          where: { id: connectionId, disconnectedAt: null },
          data: { disconnectedAt: fetchedAt },
        });
        // Told once per disconnection: when it went down, not on every sync while it stays down.
        if (count > 0)
          await emitEvent(tx, "connection.disconnected", await connectionEventData(tx, connectionId));
      }
    }
    const snapshot = await tx.accountSnapshot.create({
      data: {
        accountId: account.id,
        data: toJson(account),
        diff: changes.length > 0 ? toJson(changes) : undefined,
        modifiedAt: new Date(account.modifiedAt),
        refreshedAt: new Date(account.refreshedAt),
        fetchedAt,
        isOutOfOrder: !isCurrent,
        source,
        eventId,
      },
    });
    for (const policyId of policyIds) await evaluatePolicyIn(tx, { policyId, refreshesStatus: false });
    // A connection status other than active makes the borrower DISCONNECTED, even without policies.
    if (isCurrent) await settleBorrowerIn(tx, connection.borrowerId);
    return { snapshotId: snapshot.id, isCurrent, changes, connectionStatus: account.connection.status };
  }, syncTransactionLimits);
}
