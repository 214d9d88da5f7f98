import "server-only";
import { isAtLeastAsNew } from "@/lib/axle/is-newer";
import { axle } from "../axle/axle-client";
import { getConnectionWithToken } from "../connections/get-connection-token";
import { db } from "../db";
import { evaluatePolicy } from "../requirements/evaluate-policy";
import { toJson } from "../to-json";

type SyncOptions = { connectionId: string; eventId?: string };

/** Fetches the connection's Account, snapshots it, and makes it current unless we already hold newer data. */
export async function syncAccount({ connectionId, eventId }: SyncOptions) {
  const { connection, accessToken } = await getConnectionWithToken(connectionId);
  const account = await axle.getAccount(accessToken, connection.accountId);
  const fetchedAt = new Date();

  const outcome = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`account:${account.id}`}))`;
    const current = await tx.account.findUnique({
      where: { id: account.id },
      select: { modifiedAt: true, refreshedAt: true },
    });
    const isCurrent = isAtLeastAsNew(account, current);
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
      await tx.axleConnection.update({
        where: { id: connectionId },
        data: { connectionStatus: account.connection.status },
      });
    }
    const snapshot = await tx.accountSnapshot.create({
      data: {
        accountId: account.id,
        data: toJson(account),
        modifiedAt: new Date(account.modifiedAt),
        refreshedAt: new Date(account.refreshedAt),
        fetchedAt,
        isOutOfOrder: !isCurrent,
        eventId,
      },
    });
    return { snapshotId: snapshot.id, isCurrent, connectionStatus: account.connection.status };
  });

  // The account's connection is part of every policy's evaluation ("account connected"): evaluate them again.
  if (outcome.isCurrent) {
    const policies = await db.policy.findMany({ where: { connectionId }, select: { id: true } });
    for (const policy of policies) await evaluatePolicy({ policyId: policy.id });
  }
  return outcome;
}
