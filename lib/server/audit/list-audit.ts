import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { cursorBase, decodeCursor, encodeCursor, noticeForBadCursor } from "@/lib/pagination/cursor-codec";
import { type KeysetPage, keysetPage } from "@/lib/pagination/keyset-page";
import { firstParam, pageSizeParam, type RawSearchParams } from "@/lib/search-params";
import { db } from "../db";

/** A text filter: the first value of the key, cleaned (see firstParam), at most 200 characters. */
const text = z.preprocess(firstParam, z.string().max(200).optional()).catch(undefined);

/** A day in the URL (`2026-11-30`), read as UTC like every time the dashboard shows. */
const day = z
  .preprocess(firstParam, z.iso.date().optional())
  .catch(undefined)
  .transform((value) => (value ? new Date(`${value}T00:00:00.000Z`) : undefined));

/** The audit log's filters, from the page's query string; anything unexpected is ignored, not an error. */
export const auditFiltersSchema = z.object({
  actor: text,
  action: text,
  target: text,
  targetId: text,
  from: day,
  to: day,
});
export type AuditFilters = z.infer<typeof auditFiltersSchema>;

export const auditPageSizes = [25, 50, 100] as const;
const defaultPageSize = 50;
const dayMs = 24 * 60 * 60 * 1000;

// Rows are appended with an increasing id: newest first is id descending, and the id alone is the cursor.
const auditCursorSchema = z.object({ ...cursorBase, id: z.string().regex(/^\d{1,19}$/) });
type AuditCursor = z.infer<typeof auditCursorSchema>;

export type AuditListParams = {
  filters: AuditFilters;
  size: (typeof auditPageSizes)[number];
  cursor: AuditCursor | null;
  notices: string[];
};

export function parseAuditListParams(raw: RawSearchParams): AuditListParams {
  const cursorValue = firstParam(raw.cursor);
  const cursor = cursorValue ? decodeCursor(cursorValue, auditCursorSchema) : null;
  return {
    filters: auditFiltersSchema.parse(raw),
    size: pageSizeParam(raw.size, auditPageSizes, defaultPageSize),
    cursor,
    notices: cursorValue && !cursor ? [noticeForBadCursor] : [],
  };
}

const formatDay = (date: Date) => date.toISOString().slice(0, 10);

/** The query string of a view of the log (filters, then size and cursor when given), for links and the export. */
export function auditListQuery(filters: AuditFilters, page: { size?: number; cursor?: string } = {}) {
  const query = new URLSearchParams();
  for (const key of ["actor", "action", "target", "targetId"] as const) {
    const value = filters[key];
    if (value) query.set(key, value);
  }
  if (filters.from) query.set("from", formatDay(filters.from));
  if (filters.to) query.set("to", formatDay(filters.to));
  if (page.size && page.size !== defaultPageSize) query.set("size", String(page.size));
  if (page.cursor) query.set("cursor", page.cursor);
  const text = query.toString();
  return text ? `?${text}` : "";
}

/** The filters as a `where`, shared by the page and its export. `to` includes the whole day. */
export function auditWhere(filters: AuditFilters): Prisma.AuditLogWhereInput {
  return {
    ...(filters.actor ? { actorLabel: { contains: filters.actor, mode: "insensitive" } } : {}),
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.target ? { targetType: filters.target } : {}),
    ...(filters.targetId ? { targetId: filters.targetId } : {}),
    ...(filters.from || filters.to
      ? {
          createdAt: {
            ...(filters.from ? { gte: filters.from } : {}),
            ...(filters.to ? { lt: new Date(filters.to.getTime() + dayMs) } : {}),
          },
        }
      : {}),
  };
}

export const auditRowSelect = {
  id: true,
  actorLabel: true,
  action: true,
  targetType: true,
  targetId: true,
  details: true,
  createdAt: true,
} satisfies Prisma.AuditLogSelect;
export type AuditRow = Prisma.AuditLogGetPayload<{ select: typeof auditRowSelect }>;

export type AuditListPage = KeysetPage<AuditRow> & { total: number };

/** The audit log newest first, a keyset page at a time (never OFFSET), with the filtered total. */
export async function listAudit({
  filters,
  size,
  cursor,
}: Omit<AuditListParams, "notices">): Promise<AuditListPage> {
  const where = auditWhere(filters);
  const isBackward = cursor?.d === "b";
  const boundary: Prisma.AuditLogWhereInput | null = cursor && {
    id: isBackward ? { gt: BigInt(cursor.id) } : { lt: BigInt(cursor.id) },
  };
  const [rows, total] = await Promise.all([
    db.auditLog.findMany({
      where: boundary ? { AND: [where, boundary] } : where,
      orderBy: { id: isBackward ? "asc" : "desc" },
      take: size + 1,
      select: auditRowSelect,
    }),
    db.auditLog.count({ where }),
  ]);
  const page = keysetPage({
    rows,
    size,
    cursor,
    makeCursor: (row, d, o) => encodeCursor({ d, id: row.id.toString(), o }),
  });
  return { ...page, total };
}

/** The actions and target types the log holds, for the filter menus. */
export async function listAuditChoices() {
  const [actions, targets] = await Promise.all([
    db.auditLog.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
    db.auditLog.findMany({
      distinct: ["targetType"],
      select: { targetType: true },
      orderBy: { targetType: "asc" },
    }),
  ]);
  return { actions: actions.map((row) => row.action), targets: targets.map((row) => row.targetType) };
}
