import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { decodeCursor, type TimeCursor, timeCursorSchema } from "@/lib/pagination/cursor-codec";
import type { KeysetPage } from "@/lib/pagination/keyset-page";
import { newestFirst } from "@/lib/pagination/newest-first";
import { firstParam, pageSizeParam, type RawSearchParams } from "@/lib/search-params";
import { db } from "../db";

export const emailPageSizes = [25, 50, 100] as const;
const defaultPageSize = 25;

export type EmailListParams = { size: (typeof emailPageSizes)[number]; cursor: TimeCursor | null };

export function parseEmailListParams(raw: RawSearchParams): EmailListParams {
  const cursor = firstParam(raw.cursor);
  return {
    size: pageSizeParam(raw.size, emailPageSizes, defaultPageSize),
    cursor: cursor ? decodeCursor(cursor, timeCursorSchema) : null,
  };
}

/** The outbox's URL for a page size and cursor (defaults left out). */
export function emailListHref({ size, cursor }: { size: number; cursor?: string }) {
  const query = new URLSearchParams();
  if (size !== defaultPageSize) query.set("size", String(size));
  if (cursor) query.set("cursor", cursor);
  const text = query.toString();
  return text ? `/outbox?${text}` : "/outbox";
}

const rowSelect = {
  id: true,
  to: true,
  subject: true,
  text: true,
  status: true,
  isSensitive: true,
  // Set on every email to a borrower (their opt-out): tells those apart from the team's own alerts.
  unsubscribeUrl: true,
  error: true,
  createdAt: true,
  sentAt: true,
} satisfies Prisma.EmailMessageSelect;
export type EmailListRow = Prisma.EmailMessageGetPayload<{ select: typeof rowSelect }>;

export type EmailListPage = KeysetPage<EmailListRow> & { total: number };

/**
 * Every email Coverwatch wrote, newest first by (createdAt, id), a keyset page at a time (never OFFSET): the
 * outbox when no SMTP server is configured, the sent log otherwise.
 */
export async function listEmails({ size, cursor }: EmailListParams): Promise<EmailListPage> {
  const read = newestFirst(cursor, size);
  const [emails, total] = await Promise.all([
    db.emailMessage.findMany({
      where: read.where as Prisma.EmailMessageWhereInput,
      orderBy: read.orderBy,
      take: read.take,
      select: rowSelect,
    }),
    db.emailMessage.count(),
  ]);
  return { ...read.page(emails), total };
}
