import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import type { WebhookEventStatus } from "@/generated/prisma/enums";
import {
  decodeCursor,
  encodeCursor,
  noticeForBadCursor,
  type TimeCursor,
  timeCursorSchema,
} from "@/lib/pagination/cursor-codec";
import { type KeysetPage, keysetPage, readingOrder, timeKeysetWhere } from "@/lib/pagination/keyset-page";
import { plausibleDate } from "@/lib/plausible-date";
import { firstParam } from "@/lib/search-params";
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

/** Times in the URL are UTC, like every time the dashboard shows: `2026-03-01T10:00` means 10:00 UTC. */
const utcTime = z
  .preprocess((value) => {
    const text = firstParam(value);
    return text && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(text) ? `${text}Z` : text;
  }, plausibleDate().optional())
  .catch(undefined);

/** The event log's filters, from the page's query string; anything unexpected is ignored, not an error. */
export const eventFiltersSchema = z.object({
  type: z.preprocess(firstParam, z.string().max(100).optional()).catch(undefined),
  status: z
    .preprocess((value) => firstParam(value)?.toUpperCase(), z.enum(eventStatuses).optional())
    .catch(undefined),
  borrower: z.preprocess(firstParam, z.string().max(100).optional()).catch(undefined),
  from: utcTime,
  to: utcTime,
});
export type EventFilters = z.infer<typeof eventFiltersSchema>;

export const eventPageSizes = [25, 50, 100] as const;
const defaultPageSize = 25;

export type EventListParams = {
  filters: EventFilters;
  size: (typeof eventPageSizes)[number];
  cursor: TimeCursor | null;
  notices: string[];
};

export function parseEventListParams(raw: Record<string, string | string[] | undefined>): EventListParams {
  const sizeValue = firstParam(raw.size);
  const cursorValue = firstParam(raw.cursor);
  const cursor = cursorValue ? decodeCursor(cursorValue, timeCursorSchema) : null;
  return {
    filters: eventFiltersSchema.parse(raw),
    size: eventPageSizes.find((choice) => String(choice) === sizeValue) ?? defaultPageSize,
    cursor,
    notices: cursorValue && !cursor ? [noticeForBadCursor] : [],
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

export type EventListPage = KeysetPage<EventListRow> & {
  total: number;
  /** Every event by status, whatever the filters: the pipeline's health at a glance. */
  counts: Partial<Record<WebhookEventStatus, number>>;
};

/**
 * Webhook events for the operations page, newest first by (receivedAt, id), a keyset page at a time (never
 * OFFSET), with the filtered total and each payload redacted for display.
 */
export async function listEvents(
  { filters, size, cursor }: Omit<EventListParams, "notices">,
  { hidePersonal = true }: { hidePersonal?: boolean } = {},
): Promise<EventListPage> {
  const where = eventsWhere(filters);
  const direction = readingOrder(false, cursor);
  const boundary = cursor && (timeKeysetWhere("receivedAt", cursor, false) as Prisma.WebhookEventWhereInput);
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
  const page = keysetPage({
    rows: events,
    size,
    cursor,
    makeCursor: (row, d, o) => encodeCursor({ d, t: row.receivedAt.toISOString(), id: row.id, o }),
  });
  return {
    ...page,
    rows: page.rows.map(({ rawBody, ...event }) => ({
      ...event,
      payload: redactPayload(rawBody, { hidePersonal }),
    })),
    total,
    counts: Object.fromEntries(counts.map((row) => [row.status, row._count._all])),
  };
}

/** How many events "replay failed since" would queue again: the same events `replayFailedSince` picks. */
export function countReplayableSince(since: Date): Promise<number> {
  return db.webhookEvent.count({ where: { status: { in: ["FAILED", "DEAD"] }, receivedAt: { gte: since } } });
}
