import "server-only";
import { recordAudit, userActor } from "../audit/record-audit";
import type { CurrentUser } from "../auth/current-user";
import { db } from "../db";
import { AppError } from "../errors";
import { enqueueWebhookEvents, inTransaction } from "../jobs/queue";

/**
 * Processes stored events again: back to RECEIVED with a new job, in one transaction. Safe on an event that
 * already took effect: its snapshot is found and nothing is written twice.
 */
async function replay(eventIds: string[], actor: CurrentUser, scope: Record<string, string>) {
  return db.$transaction(async (tx) => {
    const replayable = await tx.webhookEvent.updateMany({
      where: { id: { in: eventIds }, status: { not: "PROCESSING" } },
      data: { status: "RECEIVED", lastError: null, statusNote: null },
    });
    const events = await tx.webhookEvent.findMany({
      where: { id: { in: eventIds }, status: "RECEIVED" },
      select: { id: true, type: true },
    });
    await enqueueWebhookEvents(inTransaction(tx), events);
    const ids = events.map((event) => event.id);
    await recordAudit(tx, {
      actor: userActor(actor),
      action: "webhook-events.replayed",
      targetType: "WebhookEvent",
      targetId: ids.length === 1 ? (ids[0] as string) : "*",
      details: { count: replayable.count, ...scope },
    });
    return replayable.count;
  });
}

export async function replayEvent({ eventId, actor }: { eventId: string; actor: CurrentUser }) {
  const event = await db.webhookEvent.findUnique({ where: { id: eventId }, select: { status: true } });
  if (!event) throw new AppError("not_found", "Event not found.");
  if (event.status === "PROCESSING")
    throw new AppError("conflict", "This event is being processed right now.");
  return replay([eventId], actor, { eventId });
}

export async function replayFailedSince({ since, actor }: { since: Date; actor: CurrentUser }) {
  const failed = await db.webhookEvent.findMany({
    where: { status: { in: ["FAILED", "DEAD"] }, receivedAt: { gte: since } },
    select: { id: true },
  });
  if (failed.length === 0) return 0;
  return replay(
    failed.map((event) => event.id),
    actor,
    { since: since.toISOString() },
  );
}
