// A webhook Axle delivered and we processed, stored the way the receiver stores it (raw body kept as sent).
import { newAxleId, newUuid } from "./batch";
import type { Row } from "./tables";

export function webhookEventRow({
  type,
  at,
  borrowerId,
  data,
  statusNote,
}: {
  type: string;
  at: Date;
  borrowerId: string;
  data: Record<string, unknown> & { ref?: string };
  /** Set for an event we stored and deliberately did nothing with. */
  statusNote?: string;
}): Row<"webhookEvent"> & { id: string } {
  const axleEventId = newAxleId("evt");
  const receivedAt = new Date(at.getTime() + 400);
  return {
    id: newUuid(),
    axleEventId,
    type,
    ref: data.ref ?? null,
    axleUserId: borrowerId,
    borrowerId,
    rawBody: JSON.stringify({ id: axleEventId, type, createdAt: at.toISOString(), data }),
    axleCreatedAt: at,
    receivedAt,
    status: statusNote ? "IGNORED" : "PROCESSED",
    attempts: 1,
    statusNote: statusNote ?? null,
    processedAt: new Date(receivedAt.getTime() + 350),
  };
}
