import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import type { WebhookEventStatus } from "@/generated/prisma/enums";
import { redactPayload } from "@/lib/webhooks/redact";
import { db } from "../db";

export const eventStatuses = [
  "RECEIVED",
  "PROCESSING",
  "PROCESSED",
  "IGNORED",
  "NEEDS_REVIEW",
  "FAILED",
  "DEAD",
] as const satisfies readonly WebhookEventStatus[];

/** A query-string value: the first of a repeated key, without control characters; empty means absent. */
function clean(value: unknown): string | undefined {
  const single = Array.isArray(value) ? value[0] : value;
  if (typeof single !== "string") return undefined;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point.
  return single.replace(/[\u0000-\u001f\u007f]/g, "").trim() || undefined;
}

/** Times in the URL are UTC, like every time the dashboard shows: `2026-03-01T10:00` means 10:00 UTC. */
const utcTime = z
  .preprocess((value) => {
    const text = clean(value);
    return text && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(text) ? `${text}Z` : text;
  }, z.coerce.date().optional())
  .catch(undefined);

/** The event log's filters, from the page's query string; anything unexpected is ignored, not an error. */
export const eventFiltersSchema = z.object({
  type: z.preprocess(clean, z.string().max(100).optional()).catch(undefined),
  status: z
    .preprocess((value) => clean(value)?.toUpperCase(), z.enum(eventStatuses).optional())
    .catch(undefined),
  borrower: z.preprocess(clean, z.string().max(100).optional()).catch(undefined),
  from: utcTime,
  to: utcTime,
});
export type EventFilters = z.infer<typeof eventFiltersSchema>;

export const eventPageSizes = [25, 50, 100] as const;
const defaultPageSize = 50;

// A page starts after (or, for Previous, ends before) one event, named by (receivedAt, id): newest first, and
// stable while new events arrive at the top. Opaque, not secret; a bad one gives the first page.
const cursorSchema = z.object({
  d: z.enum(["a", "b"]),
  t: z.iso.datetime(),
  id: z.string().min(1).max(64),
  o: z.number().int().min(0).max(100_000_000),
});
type EventCursor = z.infer<typeof cursorSchema>;

const encodeCursor = (cursor: EventCursor) => Buffer.from(JSON.stringify(cursor)).toString("base64url");

function decodeCursor(value: string): EventCursor | null {
  if (value.length > 500) return null;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(value, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export type EventListParams = {
  filters: EventFilters;
  size: (typeof eventPageSizes)[number];
  cursor: EventCursor | null;
  notices: string[];
};

export function parseEventListParams(raw: Record<string, string | string[] | undefined>): EventListParams {
  const sizeValue = clean(raw.size);
  const cursorValue = clean(raw.cursor);
  const cursor = cursorValue ? decodeCursor(cursorValue) : null;
  return {
    filters: eventFiltersSchema.parse(raw),
    size: eventPageSizes.find((choice) => String(choice) === sizeValue) ?? defaultPageSize,
    cursor,
    notices: cursorValue && !cursor ? ["That page link is no longer valid: showing the first page."] : [],
  };
}

/** A time as the filters write it in the URL: `2026-03-01T10:00` (UTC). */
export const formatFilterTime = (date: Date) => date.toISOString().slice(0, 16);

/** The query string of a view of the log (filters, then size and cursor when given), for links. */
export function eventListQuery(filters: EventFilters, page: { size?: number; cursor?: string } = {}) {
  const query = new URLSearchParams();
  if (filters.type) query.set("type", filters.type);
  if (filters.status) query.set("status", filters.status);
  if (filters.borrower) query.set("borrower", filters.borrower);
  if (filters.from) query.set("from", formatFilterTime(filters.from));
  if (filters.to) query.set("to", formatFilterTime(filters.to));
  if (page.size && page.size !== defaultPageSize) query.set("size", String(page.size));
  if (page.cursor) query.set("cursor", page.cursor);
  const text = query.toString();
  return text ? `?${text}` : "";
}

function eventsWhere(filters: EventFilters): Prisma.WebhookEventWhereInput {
  return {
    ...(filters.type ? { type: filters.type } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.borrower
      ? { borrower: { OR: [{ loanReference: filters.borrower }, { id: filters.borrower }] } }
      : {}),
    ...(filters.from || filters.to
      ? {
          receivedAt: {
            ...(filters.from ? { gte: filters.from } : {}),
            ...(filters.to ? { lte: filters.to } : {}),
          },
        }
      : {}),
  };
}

const rowSelect = {
  id: true,
  axleEventId: true,
  type: true,
  status: true,
  attempts: true,
  receivedAt: true,
  processedAt: true,
  lastError: true,
  statusNote: true,
  rawBody: true,
  borrower: { select: { id: true, firstName: true, lastName: true, loanReference: true } },
} satisfies Prisma.WebhookEventSelect;

type StoredEvent = Prisma.WebhookEventGetPayload<{ select: typeof rowSelect }>;
export type EventListRow = Omit<StoredEvent, "rawBody"> & { payload: string };

export type EventListPage = {
  rows: EventListRow[];
  total: number;
  offset: number;
  nextCursor: string | null;
  previousCursor: string | null;
  /** Every event by status, whatever the filters: the pipeline's health at a glance. */
  counts: Partial<Record<WebhookEventStatus, number>>;
};

/**
 * Webhook events for the operations page, newest first by (receivedAt, id), a keyset page at a time (never
 * OFFSET), with the filtered total and each payload redacted for display.
 */
export async function listEvents({
  filters,
  size,
  cursor,
}: Omit<EventListParams, "notices">): Promise<EventListPage> {
  const where = eventsWhere(filters);
  const isBackward = cursor?.d === "b";
  // Newest first: forward reads descending, Previous reads ascending from the page's first row.
  const direction = isBackward ? "asc" : "desc";
  const boundary: Prisma.WebhookEventWhereInput | null = cursor && {
    OR: [
      { receivedAt: isBackward ? { gt: new Date(cursor.t) } : { lt: new Date(cursor.t) } },
      { receivedAt: new Date(cursor.t), id: isBackward ? { gt: cursor.id } : { lt: cursor.id } },
    ],
  };
  const [events, total, counts] = await Promise.all([
    db.webhookEvent.findMany({
      where: boundary ? { AND: [where, boundary] } : where,
      orderBy: [{ receivedAt: direction }, { id: direction }],
      take: size + 1,
      select: rowSelect,
    }),
    db.webhookEvent.count({ where }),
    db.webhookEvent.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);

  const hasMore = events.length > size;
  const page = events.slice(0, size);
  if (isBackward) page.reverse();
  const offset = isBackward ? (hasMore ? Math.max(0, (cursor?.o ?? 0) - page.length) : 0) : (cursor?.o ?? 0);
  const make = (row: StoredEvent, d: "a" | "b", o: number) =>
    encodeCursor({ d, t: row.receivedAt.toISOString(), id: row.id, o });
  const firstRow = page[0];
  const lastRow = page.at(-1);
  return {
    rows: page.map(({ rawBody, ...event }) => ({ ...event, payload: redactPayload(rawBody) })),
    total,
    offset,
    nextCursor: (isBackward || hasMore) && lastRow ? make(lastRow, "a", offset + page.length) : null,
    previousCursor: (isBackward ? hasMore : Boolean(cursor)) && firstRow ? make(firstRow, "b", offset) : null,
    counts: Object.fromEntries(counts.map((row) => [row.status, row._count._all])),
  };
}

/** How many events "replay failed since" would queue again: the same events `replayFailedSince` picks. */
export function countReplayableSince(since: Date): Promise<number> {
  return db.webhookEvent.count({ where: { status: { in: ["FAILED", "DEAD"] }, receivedAt: { gte: since } } });
}
