import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { newestFirst } from "@/lib/pagination/newest-first";
import { db } from "../db";
import type { DeliveryListParams } from "../slack/list-slack-deliveries";

/** An endpoint's delivery log URL for a page size and cursor (defaults left out). */
export function webhookDeliveryListHref(
  endpointId: string,
  { size, cursor }: { size: number; cursor?: string },
) {
  const query = new URLSearchParams();
  if (size !== 25) query.set("size", String(size));
  if (cursor) query.set("cursor", cursor);
  const text = query.toString();
  return `/settings/webhooks/${encodeURIComponent(endpointId)}${text ? `?${text}` : ""}`;
}

const rowSelect = {
  id: true,
  type: true,
  messageId: true,
  payload: true,
  status: true,
  attempts: true,
  lastHttpStatus: true,
  lastError: true,
  lastResponseExcerpt: true,
  lastDurationMs: true,
  createdAt: true,
  lastAttemptAt: true,
  sentAt: true,
} satisfies Prisma.WebhookDeliverySelect;
export type WebhookDeliveryRow = Prisma.WebhookDeliveryGetPayload<{ select: typeof rowSelect }>;

/** An endpoint's deliveries, newest first by (createdAt, id), a keyset page at a time. */
export async function listWebhookDeliveries(
  endpointId: string,
  { size, cursor }: Pick<DeliveryListParams, "size" | "cursor">,
) {
  const read = newestFirst(cursor, size);
  const [deliveries, total] = await Promise.all([
    db.webhookDelivery.findMany({
      where: { endpointId, ...(read.where as Prisma.WebhookDeliveryWhereInput) },
      orderBy: read.orderBy,
      take: read.take,
      select: rowSelect,
    }),
    db.webhookDelivery.count({ where: { endpointId } }),
  ]);
  return { ...read.page(deliveries), total };
}

export type WebhookDeliveryPage = Awaited<ReturnType<typeof listWebhookDeliveries>>;
