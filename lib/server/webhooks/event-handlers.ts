import "server-only";
import type { WebhookEventStatus } from "@/generated/prisma/client";
import { isAxleObjectId } from "@/lib/axle/object-id";
import type { WebhookEnvelope } from "@/lib/axle/schemas";
import { syncAccount } from "../accounts/sync-account";
import { db } from "../db";
import { completeIgnition, recordIgnitionEnd } from "../ignition/complete-ignition";
import { askOncePerDisconnection } from "../outreach/ask-once-per-disconnection";
import { syncPolicy } from "../policies/sync-policy";

// What each Axle event does (Axle's API reference). Events carry only a reference: every handler
// fetches the object with the stored token. A handler returns how the event ended; it throws when it failed.

export type HandlerOutcome = {
  status: Extract<WebhookEventStatus, "PROCESSED" | "IGNORED" | "NEEDS_REVIEW">;
  note?: string;
  /** The borrower the event turned out to be about, when Axle's envelope did not say (`data.user` is optional). */
  borrowerId?: string;
};
type Event = { id: string; envelope: WebhookEnvelope };
type Handler = (event: Event) => Promise<HandlerOutcome>;

const ignore =
  (note: string): Handler =>
  async () => ({ status: "IGNORED", note });

/** The connection an event is about, by account id (policy events also carry `data.account`). */
async function connectionFor(accountId: string | undefined) {
  if (!isAxleObjectId(accountId)) return null;
  return db.axleConnection.findUnique({
    where: { accountId },
    select: { id: true, isMonitoring: true, borrowerId: true },
  });
}

async function policyConnection(envelope: WebhookEnvelope) {
  const ref = envelope.data?.ref;
  const policyId = isAxleObjectId(ref) ? ref : undefined;
  const known = policyId
    ? await db.policy.findUnique({ where: { id: policyId }, select: { accountId: true } })
    : null;
  return { policyId, connection: await connectionFor(envelope.data?.account ?? known?.accountId) };
}

const unknownConnection: HandlerOutcome = {
  status: "NEEDS_REVIEW",
  note: "no connection for this account: unknown user or account",
};
const descoped = (connection: { borrowerId: string }): HandlerOutcome => ({
  status: "IGNORED",
  note: "connection descoped",
  borrowerId: connection.borrowerId,
});

async function ignitionSessionId(envelope: WebhookEnvelope) {
  const token = envelope.data?.token;
  if (!token) return null;
  return (await db.ignitionSession.findUnique({ where: { token }, select: { id: true } }))?.id ?? null;
}

export const eventHandlers: Record<string, Handler> = {
  "policy.modified": async ({ id, envelope }) => {
    const { policyId, connection } = await policyConnection(envelope);
    if (!policyId || !connection) return unknownConnection;
    if (!connection.isMonitoring) return descoped(connection);
    const result = await syncPolicy({ connectionId: connection.id, policyId, eventId: id });
    return {
      status: "PROCESSED",
      borrowerId: connection.borrowerId,
      note:
        result.isCurrent || result.wasAlreadyApplied
          ? undefined
          : "older than the data we hold: kept in history only",
    };
  },

  "policy.renewal-available": async ({ id, envelope }) => {
    const { policyId, connection } = await policyConnection(envelope);
    if (!policyId || !connection) return unknownConnection;
    if (!connection.isMonitoring) return descoped(connection);
    await syncPolicy({ connectionId: connection.id, policyId, eventId: id, term: "RENEWAL" });
    return { status: "PROCESSED", borrowerId: connection.borrowerId };
  },

  "account.modified": async ({ id, envelope }) => {
    const connection = await connectionFor(envelope.data?.ref);
    if (!connection) return unknownConnection;
    if (!connection.isMonitoring) return descoped(connection);
    await syncAccount({ connectionId: connection.id, eventId: id });
    return { status: "PROCESSED", borrowerId: connection.borrowerId };
  },

  "account.disconnected": async ({ id, envelope }) => {
    const connection = await connectionFor(envelope.data?.ref);
    if (!connection) return unknownConnection;
    if (!connection.isMonitoring) return descoped(connection);
    const result = await syncAccount({ connectionId: connection.id, eventId: id });
    // Ask the borrower by itself when the profile says so, once per disconnection (a retry asks if it has not).
    await askOncePerDisconnection(connection.id);
    return {
      status: "PROCESSED",
      borrowerId: connection.borrowerId,
      note: `connection ${String(envelope.data?.status ?? result.connectionStatus)}`,
    };
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

  // The redirect usually exchanges the code first; if the borrower's browser never came back, this does.
  // Either way the session is claimed once, so the code is exchanged exactly once.
  "ignition.completed": async ({ envelope }) => {
    const sessionId = await ignitionSessionId(envelope);
    const authCode = typeof envelope.data?.authCode === "string" ? envelope.data.authCode : null;
    if (!sessionId || !authCode)
      return { status: "NEEDS_REVIEW", note: "completion for an unknown Ignition session" };
    const outcome = await completeIgnition({
      sessionId,
      authCode,
      result: String(envelope.data?.result ?? "link"),
    });
    return {
      status: "PROCESSED",
      note: outcome === "connected" ? "exchanged from the webhook" : `exchange ${outcome}`,
    };
  },

  "ignition.errored": async ({ envelope }) => {
    const sessionId = await ignitionSessionId(envelope);
    if (!sessionId) return { status: "NEEDS_REVIEW", note: "unknown Ignition session" };
    await recordIgnitionEnd(sessionId, {
      status: "error",
      message: String(envelope.data?.message ?? "Ignition reported an error."),
    });
    return { status: "PROCESSED" };
  },

  "ignition.exited": async ({ envelope }) => {
    const sessionId = await ignitionSessionId(envelope);
    if (!sessionId) return { status: "NEEDS_REVIEW", note: "unknown Ignition session" };
    await recordIgnitionEnd(sessionId, { status: "exit", step: String(envelope.data?.step ?? "unknown") });
    return { status: "PROCESSED" };
  },

  "ignition.created": ignore("nothing to do"),
};

export const unhandledEvent = ignore("event type not handled");
