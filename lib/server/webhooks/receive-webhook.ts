import "server-only";
import { type WebhookEnvelope, webhookEnvelopeSchema } from "@/lib/axle/schemas";
import { createId } from "@/lib/ids";
import { db } from "../db";
import { env } from "../env";
import { AppError } from "../errors";
import { signalNewEvent } from "../jobs/new-event-signal";
import { enqueueWebhookEvent } from "../jobs/queue";
import { readCappedBody } from "./read-capped-body";
import { hasValidWebhookSecret } from "./verify-webhook-secret";

export type ReceivedWebhook = { eventId: string; isDuplicate: boolean };

/**
 * The receive half of the webhook: check the secret, cap and parse the body, store the event once by Axle's
 * event id together with its processing job. Nothing is stored unless every check passes.
 */
export async function receiveWebhook(request: Request): Promise<ReceivedWebhook> {
  if (!hasValidWebhookSecret(request.headers))
    throw new AppError("unauthorized", "Missing or wrong webhook secret.");
  const rawBody = await readCappedBody(request, env.WEBHOOK_MAX_BODY_BYTES);
  const envelope = parseEnvelope(rawBody);

  const axleUserId = envelope.data?.user?.id ?? null;
  const borrower = axleUserId
    ? await db.borrower.findUnique({ where: { id: axleUserId }, select: { id: true } })
    : null;
  const id = createId();
  // The event and its processing job are written together: a 200 means both are durable.
  const inserted = await db.$transaction(async (tx) => {
    const created = await tx.webhookEvent.createMany({
      data: [
        {
          id,
          axleEventId: envelope.id,
          type: envelope.type,
          ref: envelope.data?.ref ?? null,
          axleUserId,
          borrowerId: borrower?.id ?? null,
          rawBody,
          axleCreatedAt: envelope.createdAt ? new Date(envelope.createdAt) : null,
        },
      ],
      skipDuplicates: true,
    });
    if (created.count === 0) return false;
    await enqueueWebhookEvent(tx, { id, type: envelope.type });
    await signalNewEvent(tx);
    return true;
  });
  if (inserted) return { eventId: id, isDuplicate: false };
  const existing = await db.webhookEvent.findUniqueOrThrow({
    where: { axleEventId: envelope.id },
    select: { id: true },
  });
  return { eventId: existing.id, isDuplicate: true };
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
