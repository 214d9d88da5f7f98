import "server-only";
import { type WebhookEnvelope, webhookEnvelopeSchema } from "@/lib/axle/schemas";
import { createGroupCommit, type GroupCommit } from "@/lib/group-commit";
import { env } from "../env";
import { AppError } from "../errors";
import { log } from "../log";
import { type IngestOutcome, ingestMetrics } from "../metrics/ingest-metrics";
import { readCappedBody } from "./read-capped-body";
import { type IncomingEvent, type StoredEvent, storeEventBatch } from "./store-event-batch";
import { hasValidWebhookSecret } from "./verify-webhook-secret";

export type ReceivedWebhook = StoredEvent;

// One per process (kept across Next's module reloads in development): the requests of this process share it.
const globalForBatches = globalThis as unknown as {
  coverwatchWebhookBatches?: GroupCommit<IncomingEvent, StoredEvent>;
};

function batches() {
  globalForBatches.coverwatchWebhookBatches ??= createGroupCommit({
    maxItems: env.WEBHOOK_BATCH_MAX_EVENTS,
    maxWaitMs: env.WEBHOOK_BATCH_MAX_WAIT_MS,
    write: async (events) => {
      ingestMetrics.observeBatch(events.length);
      try {
        return await storeEventBatch(events);
      } catch (error) {
        // Logged once for the batch, not once per request in it; without the database's row details, which
        // can quote an event's body.
        log.error("webhook batch not stored: every request in it is answered 503", {
          events: events.length,
          error: (error as Error).message,
          code: (error as { code?: string }).code,
        });
        throw new AppError("unavailable", "The event could not be stored; send it again.");
      }
    },
  });
  return globalForBatches.coverwatchWebhookBatches;
}

/**
 * The receive half of the webhook: check the secret, cap and parse the body, then store the event once by Axle's
 * event id together with its processing job. Concurrent requests share one transaction (group commit); each is
 * answered only after that transaction commits, so a 200 still means the event and its job are durable. Nothing
 * is stored unless every check passes.
 */
export async function receiveWebhook(request: Request): Promise<ReceivedWebhook> {
  const startedAt = performance.now();
  let type: string | undefined;
  try {
    if (!hasValidWebhookSecret(request.headers))
      throw new AppError("unauthorized", "Missing or wrong webhook secret.");
    const rawBody = await readCappedBody(request, env.WEBHOOK_MAX_BODY_BYTES);
    const envelope = parseEnvelope(rawBody);
    type = envelope.type;
    const stored = await batches().add({
      axleEventId: envelope.id,
      type: envelope.type,
      ref: envelope.data?.ref ?? null,
      axleUserId: envelope.data?.user?.id ?? null,
      rawBody,
      axleCreatedAt: envelope.createdAt ? new Date(envelope.createdAt) : null,
    });
    ingestMetrics.received(type, stored.isDuplicate ? "duplicate" : "stored");
    return stored;
  } catch (error) {
    ingestMetrics.received(type, refusal(error));
    throw error;
  } finally {
    ingestMetrics.observeLatency((performance.now() - startedAt) / 1000);
  }
}

function refusal(error: unknown): IngestOutcome {
  if (!(error instanceof AppError) || error.code === "unavailable") return "failed";
  return error.code === "unauthorized" ? "unauthorized" : "bad_request";
}

function parseEnvelope(rawBody: string): WebhookEnvelope {
  let json: unknown;
  try {
    json = JSON.parse(rawBody);
  } catch {
    throw new AppError("bad_request", "Body is not valid JSON.");
  }
  const parsed = webhookEnvelopeSchema.safeParse(json);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => `${issue.path.join(".") || "body"}: ${issue.message}`);
    throw new AppError("bad_request", `Not an Axle event envelope (${fields.join("; ")}).`);
  }
  return parsed.data;
}
