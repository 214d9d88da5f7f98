import "server-only";
import { createId } from "@/lib/ids";
import { newEventSignal } from "../jobs/new-event-signal";
import { enqueueWebhookEvents } from "../jobs/queue";
import { inIngestTransaction } from "./ingest-connection";

export type IncomingEvent = {
  axleEventId: string;
  type: string;
  ref: string | null;
  axleUserId: string | null;
  rawBody: string;
  axleCreatedAt: Date | null;
};

export type StoredEvent = { eventId: string; isDuplicate: boolean };

/**
 * Stores a batch of webhook events in one transaction: the events (each once by Axle's event id), their
 * processing jobs and one wake-up for the workers. Nothing of the batch is stored if any of it fails, so every
 * caller can be answered alike. An event already stored, or earlier in the same batch, is a duplicate.
 */
export async function storeEventBatch(events: IncomingEvent[]): Promise<StoredEvent[]> {
  // The first of several with the same id is the one stored. Rows go in in id order, so two processes storing
  // overlapping batches wait for each other instead of deadlocking.
  const firsts = new Map<string, IncomingEvent & { id: string }>();
  for (const event of events)
    if (!firsts.has(event.axleEventId)) firsts.set(event.axleEventId, { ...event, id: createId() });
  const rows = [...firsts.values()].sort((a, b) => (a.axleEventId < b.axleEventId ? -1 : 1));

  const { inserted, existing } = await inIngestTransaction(async (client) => {
    // The borrower is found in the same statement, by the Axle user id Coverwatch gave at Ignition.
    const { rows: stored } = await client.query<{ id: string; axleEventId: string; type: string }>(
      `INSERT INTO "WebhookEvent" (id, "axleEventId", type, ref, "axleUserId", "borrowerId", "rawBody", "axleCreatedAt")
       SELECT e.id, e.axle_event_id, e.type, e.ref, e.axle_user_id, b.id, e.raw_body, e.axle_created_at
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::timestamp(3)[])
              WITH ORDINALITY AS e(id, axle_event_id, type, ref, axle_user_id, raw_body, axle_created_at, position)
         LEFT JOIN "Borrower" b ON b.id = e.axle_user_id
        ORDER BY e.position
       ON CONFLICT ("axleEventId") DO NOTHING
       RETURNING id, "axleEventId", type`,
      [
        rows.map((row) => row.id),
        rows.map((row) => row.axleEventId),
        rows.map((row) => row.type),
        rows.map((row) => row.ref),
        rows.map((row) => row.axleUserId),
        rows.map((row) => row.rawBody),
        // Prisma keeps DateTime as UTC in a timestamp without time zone; an ISO string in Z is read as such.
        rows.map((row) => row.axleCreatedAt?.toISOString() ?? null),
      ],
    );
    if (stored.length > 0) {
      await enqueueWebhookEvents({ executeSql: (text, values) => client.query(text, values) }, stored);
      await client.query(newEventSignal);
    }
    // Only asked when some were duplicates: the ids under which those were stored before.
    const existing =
      stored.length < rows.length
        ? (
            await client.query<{ id: string; axleEventId: string }>(
              `SELECT id, "axleEventId" FROM "WebhookEvent" WHERE "axleEventId" = ANY($1::text[])`,
              [rows.map((row) => row.axleEventId)],
            )
          ).rows
        : [];
    return { inserted: stored, existing };
  });

  const idOf = new Map<string, string>();
  for (const row of [...existing, ...inserted]) idOf.set(row.axleEventId, row.id);
  const insertedIds = new Set(inserted.map((row) => row.axleEventId));
  const answered = new Set<string>();
  return events.map((event) => {
    const isFirst = !answered.has(event.axleEventId);
    answered.add(event.axleEventId);
    return {
      eventId: idOf.get(event.axleEventId) as string,
      isDuplicate: !(isFirst && insertedIds.has(event.axleEventId)),
    };
  });
}
