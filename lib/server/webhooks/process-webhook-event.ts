import "server-only";
import type { WebhookEvent } from "@/generated/prisma/client";
import { webhookEnvelopeSchema } from "@/lib/axle/schemas";
import { webhookBatchPlan } from "@/lib/webhooks/time-budget";
import { AxleError } from "../axle/axle-errors";
import { db } from "../db";
import { env } from "../env";
import { notifyBorrowersChanged } from "../live/notify-borrowers-changed";
import { log } from "../log";
import { type ProcessingOutcome, processingMetrics } from "../metrics/processing-metrics";
import { eventHandlers, type HandlerOutcome, unhandledEvent } from "./event-handlers";

export type ProcessingResult = "done" | "retry" | "not-claimed";

const settledOutcome = {
  PROCESSED: "processed",
  IGNORED: "ignored",
  NEEDS_REVIEW: "needs_review",
} as const satisfies Record<HandlerOutcome["status"], ProcessingOutcome>;

/**
 * The process half of the webhook, run by a queue worker. The event is claimed atomically
 * (RECEIVED/FAILED → PROCESSING), so it is processed once however often it is delivered or its job retried.
 * Failures Axle may get over (rate limits, 5xx, timeouts) ask for a retry, then end DEAD on the last
 * attempt; failures that will not change (token revoked, not found) end FAILED at once, saying why.
 */
export async function processWebhookEvent(
  eventId: string,
  { isFinalAttempt = false } = {},
): Promise<ProcessingResult> {
  const event = await claim(eventId);
  if (!event) return "not-claimed";
  const started = performance.now();
  const observe = (outcome: ProcessingOutcome) =>
    processingMetrics.observe(event.type, outcome, (performance.now() - started) / 1000);

  try {
    const envelope = webhookEnvelopeSchema.parse(JSON.parse(event.rawBody));
    const handler = eventHandlers[event.type] ?? unhandledEvent;
    const outcome = await handler({ id: event.id, envelope });
    await db.webhookEvent.update({
      where: { id: eventId },
      data: {
        status: outcome.status,
        statusNote: outcome.note ?? null,
        // Events whose envelope named no borrower still belong on the borrower's timeline.
        ...(event.borrowerId ? {} : { borrowerId: outcome.borrowerId ?? null }),
        lastError: null,
        processedAt: new Date(),
      },
    });
    observe(settledOutcome[outcome.status]);
    // The handler's own transaction already told open pages about what it changed; this tells the record's
    // timeline that the event is settled (after the update above has committed).
    await announceEvent(event.borrowerId ?? outcome.borrowerId);
    return "done";
  } catch (error) {
    const isPermanent = error instanceof AxleError && !error.isRetryable;
    const message = explainFailure(error);
    const status = isPermanent ? "FAILED" : isFinalAttempt ? "DEAD" : "FAILED";
    log.error("webhook processing failed", {
      eventId,
      type: event.type,
      attempt: event.attempts + 1,
      status,
      error: message,
      err: error as Error,
    });
    await db.webhookEvent.update({
      where: { id: eventId },
      data: { status, lastError: message, statusNote: isPermanent ? "will not succeed by retrying" : null },
    });
    observe(status === "DEAD" ? "dead" : isPermanent ? "failed" : "retry");
    await announceEvent(event.borrowerId);
    return isPermanent || isFinalAttempt ? "done" : "retry";
  }
}

/**
 * Claims the event for this attempt (→ PROCESSING, one more attempt) and returns it as it was before, or null
 * when another attempt holds it or it is settled. The usual case, an event waiting its turn, is one statement.
 */
async function claim(eventId: string) {
  const now = new Date();
  // The row is locked and read first (FOR UPDATE re-reads its latest version after any wait), so what is
  // returned is the event as this claim found it.
  const [waiting] = await db.$queryRaw<WebhookEvent[]>`
    WITH before AS (
      SELECT * FROM "WebhookEvent" WHERE id = ${eventId} AND status IN ('RECEIVED', 'FAILED') FOR UPDATE
    )
    UPDATE "WebhookEvent" AS e
       SET status = 'PROCESSING', attempts = e.attempts + 1,
           "processingStartedAt" = ${now.toISOString()}::timestamp(3)
      FROM before
     WHERE e.id = before.id
    RETURNING before.*`;
  if (waiting) return waiting;
  // A claim older than the job's expiry (by the event's type, time-budget.ts) belongs to a worker that died
  // mid-event; its retry may take over. The type sets the claim's length, so the event is read first.
  const event = await db.webhookEvent.findUniqueOrThrow({ where: { id: eventId } });
  const claimTimeoutMs = webhookBatchPlan(env).expirySeconds(event.type) * 1000;
  const takenOver = await db.webhookEvent.updateMany({
    where: {
      id: eventId,
      status: "PROCESSING",
      processingStartedAt: { lt: new Date(now.getTime() - claimTimeoutMs) },
    },
    data: { status: "PROCESSING", attempts: { increment: 1 }, processingStartedAt: now },
  });
  return takenOver.count === 1 ? event : null;
}

/** Best effort: a failed notification only leaves an open page one refresh behind. */
async function announceEvent(borrowerId: string | null | undefined) {
  if (!borrowerId) return;
  await notifyBorrowersChanged(db, [borrowerId]).catch((error: Error) =>
    log.warn("live update not sent", { borrowerId, err: error }),
  );
}

function explainFailure(error: unknown): string {
  if (error instanceof AxleError) {
    const reasons: Record<string, string> = {
      unauthorized: "Axle refused the access token (revoked or never valid)",
      forbidden: "the access token does not reach this object",
      not_found: "Axle no longer has this object",
      rate_limited: "Axle rate-limited us",
      unavailable: "Axle was unavailable",
      invalid_response: "Axle's answer did not fit",
      bad_request: "Axle refused the request",
    };
    return `${reasons[error.kind] ?? error.kind}: ${error.message}${error.details.requestId ? ` (request ${error.details.requestId})` : ""}`;
  }
  return (error as Error).message ?? String(error);
}
