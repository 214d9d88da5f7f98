import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import {
  decodeCursor,
  encodeCursor,
  noticeForBadCursor,
  type TimeCursor,
  timeCursorSchema,
} from "@/lib/pagination/cursor-codec";
import { type KeysetPage, keysetPage, readingOrder, timeKeysetWhere } from "@/lib/pagination/keyset-page";
import { firstParam } from "@/lib/search-params";
import { db } from "../db";

/**
 * Status filters. `open` is what the overview counts as open (OPEN or ACKNOWLEDGED: someone still has to act);
 * the upper-case values are one stored status each (`/violations?status=WAIVED`). No status: every live one.
 */
export const violationStatusFilters = ["open", "OPEN", "ACKNOWLEDGED", "WAIVED", "RESOLVED"] as const;
export type ViolationStatusFilter = (typeof violationStatusFilters)[number];
export const violationSeverities = ["CRITICAL", "HIGH", "MEDIUM", "LOW"] as const;

/** A free-text filter: the first value of the key, cleaned (see firstParam), at most 200 characters. */
const text = z.preprocess(firstParam, z.string().max(200).optional()).catch(undefined);

/** The queue's filters, from the page's query string; anything unexpected is ignored, not an error. */
export const violationFiltersSchema = z.object({
  rule: text,
  severity: z
    .preprocess((value) => firstParam(value)?.toUpperCase(), z.enum(violationSeverities))
    .optional()
    .catch(undefined),
  status: z
    .preprocess(
      // `open` is its own value; any other spelling of a stored status (`waived`) means that status.
      (value) => {
        const status = firstParam(value);
        return status === "open" ? status : status?.toUpperCase();
      },
      z.enum(violationStatusFilters),
    )
    .optional()
    .catch(undefined),
  profile: text,
  olderThanDays: z
    .preprocess(firstParam, z.coerce.number().int().min(0).max(3650).optional())
    .catch(undefined),
});
export type ViolationFilters = z.infer<typeof violationFiltersSchema>;

const dayMs = 24 * 60 * 60 * 1000;

/**
 * The queue's filters as a `where`: live violations (open, acknowledged, waived) unless a status is asked for.
 * Shared by the queue page and its CSV export, so the file holds exactly what the queue's filters match.
 */
export function violationsWhere(filters: ViolationFilters, now: Date): Prisma.ViolationWhereInput {
  return {
    status:
      filters.status === "open" ? { in: ["OPEN", "ACKNOWLEDGED"] } : (filters.status ?? { not: "RESOLVED" }),
    ...(filters.rule ? { ruleKey: filters.rule } : {}),
    ...(filters.severity ? { severity: filters.severity } : {}),
    ...(filters.olderThanDays !== undefined
      ? { firstSeenAt: { lte: new Date(now.getTime() - filters.olderThanDays * dayMs) } }
      : {}),
    ...(filters.profile === "default"
      ? { borrower: { requirementProfileId: null } }
      : filters.profile
        ? { borrower: { requirementProfileId: filters.profile } }
        : {}),
  };
}

export const violationPageSizes = [25, 50, 100] as const;
export type ViolationPageSize = (typeof violationPageSizes)[number];
const defaultPageSize: ViolationPageSize = 50;

export type ViolationListParams = {
  filters: ViolationFilters;
  size: ViolationPageSize;
  cursor: TimeCursor | null;
  /** What the page should say it ignored. */
  notices: string[];
};

export function parseViolationListParams(
  raw: Record<string, string | string[] | undefined>,
): ViolationListParams {
  const sizeValue = firstParam(raw.size);
  const size = violationPageSizes.find((choice) => String(choice) === sizeValue) ?? defaultPageSize;
  const cursorValue = firstParam(raw.cursor);
  const cursor = cursorValue ? decodeCursor(cursorValue, timeCursorSchema) : null;
  return {
    filters: violationFiltersSchema.parse(raw),
    size,
    cursor,
    notices: cursorValue && !cursor ? [noticeForBadCursor] : [],
  };
}

/** The query string of a view of the queue (filters, then page size and cursor when given), for links. */
export function violationListQuery(filters: ViolationFilters, page: { size?: number; cursor?: string } = {}) {
  const query = new URLSearchParams();
  for (const key of ["rule", "severity", "status", "profile", "olderThanDays"] as const) {
    const value = filters[key];
    if (value !== undefined) query.set(key, String(value));
  }
  if (page.size && page.size !== defaultPageSize) query.set("size", String(page.size));
  if (page.cursor) query.set("cursor", page.cursor);
  const text = query.toString();
  return text ? `?${text}` : "";
}

export const hasViolationFilters = (filters: ViolationFilters) =>
  Object.values(filters).some((value) => value !== undefined);

const rowSelect = {
  id: true,
  ruleKey: true,
  status: true,
  severity: true,
  message: true,
  firstSeenAt: true,
  waivedUntil: true,
  borrower: {
    select: {
      id: true,
      firstName: true,
      lastName: true,
      loanReference: true,
      requirementProfile: { select: { name: true } },
    },
  },
} satisfies Prisma.ViolationSelect;

export type ViolationListRow = Prisma.ViolationGetPayload<{ select: typeof rowSelect }>;

export type ViolationListPage = KeysetPage<ViolationListRow> & { total: number };

/**
 * The violations queue a page at a time, oldest first by (firstSeenAt, id): a keyset range read, never OFFSET.
 * Previous reads backward from the page's first row and reverses. The total counts every match.
 */
export async function listViolations(
  { filters, size, cursor }: Pick<ViolationListParams, "filters" | "size" | "cursor">,
  now = new Date(),
): Promise<ViolationListPage> {
  const where = violationsWhere(filters, now);
  const direction = readingOrder(true, cursor);
  const boundary = cursor && (timeKeysetWhere("firstSeenAt", cursor, true) as Prisma.ViolationWhereInput);
  const [rows, total] = await Promise.all([
    db.violation.findMany({
      where: boundary ? { AND: [where, boundary] } : where,
      orderBy: [{ firstSeenAt: direction }, { id: direction }],
      take: size + 1,
      select: rowSelect,
    }),
    db.violation.count({ where }),
  ]);
  const page = keysetPage({
    rows,
    size,
    cursor,
    makeCursor: (row, d, o) => encodeCursor({ d, t: row.firstSeenAt.toISOString(), id: row.id, o }),
  });
  return { ...page, total };
}
