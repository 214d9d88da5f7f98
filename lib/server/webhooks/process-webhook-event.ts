import "server-only";
import type { WebhookEventStatus } from "@/generated/prisma/client";
import { type WebhookEnvelope, webhookEnvelopeSchema } from "@/lib/axle/schemas";
import { syncAccount } from "../accounts/sync-account";
import { db } from "../db";
import { log } from "../log";
import { syncPolicy } from "../policies/sync-policy";

type Outcome = {
  status: Extract<WebhookEventStatus, "PROCESSED" | "IGNORED" | "NEEDS_REVIEW">;
  note?: string;
};
type Handler = (event: { id: string; envelope: WebhookEnvelope }) => Promise<Outcome>;

/**
 * The process half of the webhook. The event is claimed atomically (RECEIVED → PROCESSING), so however many
 * times it is delivered or handed over, it is processed once. Issue #5 moves this onto the job queue.
 */
export async function processWebhookEvent(eventId: string): Promise<void> {
  const claimed = await db.webhookEvent.updateMany({
    where: { id: eventId, status: { in: ["RECEIVED", "FAILED"] } },
    data: { status: "PROCESSING", attempts: { increment: 1 } },
  });
  if (claimed.count === 0) return;
  const event = await db.webhookEvent.findUniqueOrThrow({ where: { id: eventId } });
  try {
    const envelope = webhookEnvelopeSchema.parse(JSON.parse(event.rawBody));
    const handler = handlers[event.type] ?? ignore("event type not handled");
    const outcome = await handler({ id: event.id, envelope });
    await db.webhookEvent.update({
      where: { id: eventId },
      data: {
        status: outcome.status,
        statusNote: outcome.note ?? null,
        lastError: null,
        processedAt: new Date(),
      },
    });
  } catch (error) {
    const message = (error as Error).message;
    log.error("webhook processing failed", { eventId, type: event.type, error: message });
    await db.webhookEvent.update({ where: { id: eventId }, data: { status: "FAILED", lastError: message } });
  }
}

const ignore =
  (note: string): Handler =>
  async () => ({ status: "IGNORED", note });

/** The connection an event is about, by account id (policy events also carry `data.account`). */
async function connectionFor(accountId: string | undefined) {
  if (!accountId) return null;
  return db.axleConnection.findUnique({
    where: { accountId },
    select: { id: true, isMonitoring: true, policyIds: true },
  });
}

const handlers: Record<string, Handler> = {
  "policy.modified": async ({ id, envelope }) => {
    const policyId = envelope.data?.ref;
    const known = policyId
      ? await db.policy.findUnique({ where: { id: policyId }, select: { accountId: true } })
      : null;
    const connection = await connectionFor(envelope.data?.account ?? known?.accountId);
    if (!policyId || !connection) return { status: "NEEDS_REVIEW", note: "no connection for this policy" };
    if (!connection.isMonitoring) return { status: "IGNORED", note: "connection descoped" };
    await syncPolicy({ connectionId: connection.id, policyId, eventId: id });
    return { status: "PROCESSED" };
  },
  "account.modified": async ({ id, envelope }) => {
    const connection = await connectionFor(envelope.data?.ref);
    if (!connection) return { status: "NEEDS_REVIEW", note: "no connection for this account" };
    if (!connection.isMonitoring) return { status: "IGNORED", note: "connection descoped" };
    await syncAccount({ connectionId: connection.id, eventId: id });
    return { status: "PROCESSED" };
  },
  "account.disconnected": async ({ id, envelope }) => {
    const connection = await connectionFor(envelope.data?.ref);
    if (!connection) return { status: "NEEDS_REVIEW", note: "no connection for this account" };
    if (!connection.isMonitoring) return { status: "IGNORED", note: "connection descoped" };
    await syncAccount({ connectionId: connection.id, eventId: id });
    await db.axleConnection.update({ where: { id: connection.id }, data: { disconnectedAt: new Date() } });
    return { status: "PROCESSED" };
  },
  "ignition.opened": async ({ envelope }) => {
    const token = envelope.data?.token;
    if (!token) return { status: "IGNORED", note: "no ignition token in event" };
    await db.ignitionSession.updateMany({
      where: { token, status: "CREATED" },
      data: { status: "OPENED", openedAt: new Date() },
    });
    return { status: "PROCESSED" };
  },
  // The redirect handler exchanges the code; the event is kept for the record (issue #5 makes it a fallback).
  "ignition.completed": ignore("completion handled by the redirect"),
  "ignition.created": ignore("nothing to do"),
};
