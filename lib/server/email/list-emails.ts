import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "../db";

export const emailPageSizes = [25, 50, 100] as const;
const defaultPageSize = 25;

// A page starts after (or, for Previous, ends before) one email, named by (createdAt, id): newest first, and
// stable while new emails are written at the top. Opaque, not secret; a bad one gives the first page.
const cursorSchema = z.object({
  d: z.enum(["a", "b"]),
  t: z.iso.datetime(),
  id: z.string().min(1).max(64),
  o: z.number().int().min(0).max(100_000_000),
});
type EmailCursor = z.infer<typeof cursorSchema>;

const encodeCursor = (cursor: EmailCursor) => Buffer.from(JSON.stringify(cursor)).toString("base64url");

function decodeCursor(value: string): EmailCursor | null {
  if (value.length > 500) return null;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(value, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export type EmailListParams = { size: (typeof emailPageSizes)[number]; cursor: EmailCursor | null };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export function parseEmailListParams(raw: Record<string, string | string[] | undefined>): EmailListParams {
  const size = first(raw.size);
  const cursor = first(raw.cursor);
  return {
    size: emailPageSizes.find((choice) => String(choice) === size) ?? defaultPageSize,
    cursor: cursor ? decodeCursor(cursor) : null,
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
  error: true,
  createdAt: true,
  sentAt: true,
} satisfies Prisma.EmailMessageSelect;
export type EmailListRow = Prisma.EmailMessageGetPayload<{ select: typeof rowSelect }>;

export type EmailListPage = {
  rows: EmailListRow[];
  total: number;
  offset: number;
  nextCursor: string | null;
  previousCursor: string | null;
};

/**
 * Every email Coverwatch wrote, newest first by (createdAt, id), a keyset page at a time (never OFFSET): the
 * outbox when no SMTP server is configured, the sent log otherwise.
 */
export async function listEmails({ size, cursor }: EmailListParams): Promise<EmailListPage> {
  const isBackward = cursor?.d === "b";
  const direction = isBackward ? "asc" : "desc";
  const where: Prisma.EmailMessageWhereInput = cursor
    ? {
        OR: [
          { createdAt: isBackward ? { gt: new Date(cursor.t) } : { lt: new Date(cursor.t) } },
          { createdAt: new Date(cursor.t), id: isBackward ? { gt: cursor.id } : { lt: cursor.id } },
        ],
      }
    : {};
  const [emails, total] = await Promise.all([
    db.emailMessage.findMany({
      where,
      orderBy: [{ createdAt: direction }, { id: direction }],
      take: size + 1,
      select: rowSelect,
    }),
    db.emailMessage.count(),
  ]);
  const hasMore = emails.length > size;
  const page = emails.slice(0, size);
  if (isBackward) page.reverse();
  const offset = isBackward ? (hasMore ? Math.max(0, (cursor?.o ?? 0) - page.length) : 0) : (cursor?.o ?? 0);
  const make = (row: EmailListRow, d: "a" | "b", o: number) =>
    encodeCursor({ d, t: row.createdAt.toISOString(), id: row.id, o });
  const firstRow = page[0];
  const lastRow = page.at(-1);
  return {
    rows: page,
    total,
    offset,
    nextCursor: (isBackward || hasMore) && lastRow ? make(lastRow, "a", offset + page.length) : null,
    previousCursor: (isBackward ? hasMore : Boolean(cursor)) && firstRow ? make(firstRow, "b", offset) : null,
  };
}
