import "server-only";
import { recordAudit, userActor } from "../audit/record-audit";
import type { CurrentUser } from "../auth/current-user";
import { axle } from "../axle/axle-client";
import { refreshComplianceStatus } from "../compliance/refresh-compliance-status";
import { encryptToken, tokenDigest } from "../crypto/token-cipher";
import { db } from "../db";
import { AppError } from "../errors";
import { emitEvent } from "../integrations/emit-event";
import { connectionEventData } from "../integrations/event-refs";
import { getConnectionWithToken } from "./get-connection-token";

/**
 * Stops monitoring when a loan ends: tells Axle to drop the `monitoring` scope (no more account or policy
 * events for this token), then marks the connection and writes the audit row.
 */
export async function descopeConnection({
  connectionId,
  actor,
}: {
  connectionId: string;
  actor: CurrentUser;
}) {
  const { connection, accessToken } = await getConnectionWithToken(connectionId);
  if (!connection.isMonitoring)
    throw new AppError("conflict", "Monitoring is already stopped for this connection.");
  const result = await axle.descopeToken(accessToken);

  await db.$transaction(async (tx) => {
    // Axle does not say whether the returned token differs; keep whichever it returns (§7).
    const returned = result.accessToken && result.accessToken !== accessToken ? result.accessToken : null;
    await tx.axleConnection.update({
      where: { id: connectionId },
      data: {
        isMonitoring: false,
        descopedAt: new Date(),
        descopedById: actor.id,
        ...(returned
          ? { accessTokenEncrypted: encryptToken(returned), accessTokenDigest: tokenDigest(returned) }
          : {}),
      },
    });
    await recordAudit(tx, {
      actor: userActor(actor),
      action: "connection.descoped",
      targetType: "AxleConnection",
      targetId: connectionId,
      details: { borrowerId: connection.borrowerId, accountId: connection.accountId },
    });
    const { borrower, connection: ref } = await connectionEventData(tx, connectionId);
    await emitEvent(tx, "connection.descoped", {
      borrower,
      connection: { id: ref.id, carrier: ref.carrier },
    });
    await refreshComplianceStatus(tx, [connection.borrowerId]);
  });
}
