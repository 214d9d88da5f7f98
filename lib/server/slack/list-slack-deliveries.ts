import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { decodeCursor, type TimeCursor, timeCursorSchema } from "@/lib/pagination/cursor-codec";
import type { KeysetPage } from "@/lib/pagination/keyset-page";
import { newestFirst } from "@/lib/pagination/newest-first";
import { firstParam, pageSizeParam, type RawSearchParams } from "@/lib/search-params";
import { db } from "../db";

export const deliveryPageSizes = [25, 50, 100] as const;
const defaultPageSize = 25;

export type DeliveryListParams = {
  size: (typeof deliveryPageSizes)[number];
  cursor: TimeCursor | null;
  /** The URL held a cursor that did not decode (tampered, or from another list). */
  isCursorIgnored: boolean;
};

export function parseDeliveryListParams(raw: RawSearchParams): DeliveryListParams {
  const rawCursor = firstParam(raw.cursor);
  const cursor = rawCursor ? decodeCursor(rawCursor, timeCursorSchema) : null;
  return {
    size: pageSizeParam(raw.size, deliveryPageSizes, defaultPageSize),
    cursor,
    isCursorIgnored: Boolean(rawCursor) && !cursor,
  };
}

/** A channel's delivery log URL for a page size and cursor (defaults left out). */
export function deliveryListHref(channelId: string, { size, cursor }: { size: number; cursor?: string }) {
  const query = new URLSearchParams();
  if (size !== defaultPageSize) query.set("size", String(size));
  if (cursor) query.set("cursor", cursor);
  const text = query.toString();
  return `/settings/slack/${encodeURIComponent(channelId)}${text ? `?${text}` : ""}`;
}

const rowSelect = {
  id: true,
  kind: true,
  status: true,
  attempts: true,
  lastHttpStatus: true,
  lastError: true,
  createdAt: true,
  lastAttemptAt: true,
  sentAt: true,
  violation: {
    select: {
      id: true,
      ruleKey: true,
      severity: true,
      borrower: { select: { id: true, firstName: true, lastName: true } },
    },
  },
} satisfies Prisma.SlackDeliverySelect;
export type DeliveryRow = Prisma.SlackDeliveryGetPayload<{ select: typeof rowSelect }>;

export type DeliveryPage = KeysetPage<DeliveryRow> & { total: number };

/** A channel's deliveries, newest first by (createdAt, id), a keyset page at a time. */
export async function listSlackDeliveries(
  channelId: string,
  { size, cursor }: Pick<DeliveryListParams, "size" | "cursor">,
): Promise<DeliveryPage> {
  const read = newestFirst(cursor, size);
  const [deliveries, total] = await Promise.all([
    db.slackDelivery.findMany({
      where: { channelId, ...(read.where as Prisma.SlackDeliveryWhereInput) },
      orderBy: read.orderBy,
      take: read.take,
      select: rowSelect,
    }),
    db.slackDelivery.count({ where: { channelId } }),
  ]);
  return { ...read.page(deliveries), total };
}
