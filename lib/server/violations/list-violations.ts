import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "../db";

/**
 * Status filters. `open` is what the overview counts as open (OPEN or ACKNOWLEDGED: someone still has to act);
 * the upper-case values are one stored status each (`/violations?status=WAIVED`). No status: every live one.
 */
export const violationStatusFilters = ["open", "OPEN", "ACKNOWLEDGED", "WAIVED", "RESOLVED"] as const;
export type ViolationStatusFilter = (typeof violationStatusFilters)[number];
export const violationSeverities = ["CRITICAL", "HIGH", "MEDIUM", "LOW"] as const;

/**
 * A query string can hold anything: a repeated key (the first value wins), control characters (they go:
 * PostgreSQL refuses NUL in text); empty means absent.
 */
function clean(value: unknown): string | undefined {
  const single = Array.isArray(value) ? value[0] : value;
  if (typeof single !== "string") return undefined;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point.
  return single.replace(/[\u0000-\u001f\u007f]/g, "").trim() || undefined;
}
const text = z.preprocess(clean, z.string().max(200).optional()).catch(undefined);

/** The queue's filters, from the page's query string; anything unexpected is ignored, not an error. */
export const violationFiltersSchema = z.object({
  rule: text,
  severity: z
    .preprocess((value) => clean(value)?.toUpperCase(), z.enum(violationSeverities))
    .optional()
    .catch(undefined),
  status: z
    .preprocess(
      // `open` is its own value; any other spelling of a stored status (`waived`) means that status.
      (value) => {
        const status = clean(value);
        return status === "open" ? status : status?.toUpperCase();
      },
      z.enum(violationStatusFilters),
    )
    .optional()
    .catch(undefined),
  profile: text,
  olderThanDays: z.preprocess(clean, z.coerce.number().int().min(0).max(3650).optional()).catch(undefined),
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

// A page starts after (or, for Previous, ends before) one row, named by its (firstSeenAt, id): a page stays
// stable while violations open elsewhere in the queue. Opaque to the user, not secret; a bad one is ignored.
const cursorSchema = z.object({
  d: z.enum(["a", "b"]),
  t: z.iso.datetime(),
  id: z.string().min(1).max(64),
  /** Rows before the page it opens, only for "51–100 of 1,234". */
  o: z.number().int().min(0).max(100_000_000),
});
type ViolationCursor = z.infer<typeof cursorSchema>;

const encodeCursor = (cursor: ViolationCursor) => Buffer.from(JSON.stringify(cursor)).toString("base64url");

function decodeCursor(value: string): ViolationCursor | null {
  if (value.length > 500) return null;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(value, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export type ViolationListParams = {
  filters: ViolationFilters;
  size: ViolationPageSize;
  cursor: ViolationCursor | null;
  /** What the page should say it ignored. */
  notices: string[];
};

export function parseViolationListParams(
  raw: Record<string, string | string[] | undefined>,
): ViolationListParams {
  const sizeValue = clean(raw.size);
  const size = violationPageSizes.find((choice) => String(choice) === sizeValue) ?? defaultPageSize;
  const cursorValue = clean(raw.cursor);
  const cursor = cursorValue ? decodeCursor(cursorValue) : null;
  return {
    filters: violationFiltersSchema.parse(raw),
    size,
    cursor,
    notices: cursorValue && !cursor ? ["That page link is no longer valid: showing the first page."] : [],
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

export type ViolationListPage = {
  rows: ViolationListRow[];
  total: number;
  offset: number;
  nextCursor: string | null;
  previousCursor: string | null;
};

/**
 * The violations queue a page at a time, oldest first by (firstSeenAt, id): a keyset range read, never OFFSET.
 * Previous reads backward from the page's first row and reverses. The total counts every match.
 */
export async function listViolations(
  { filters, size, cursor }: Pick<ViolationListParams, "filters" | "size" | "cursor">,
  now = new Date(),
): Promise<ViolationListPage> {
  const where = violationsWhere(filters, now);
  const isBackward = cursor?.d === "b";
  const direction = isBackward ? "desc" : "asc";
  const boundary: Prisma.ViolationWhereInput | null = cursor && {
    OR: [
      { firstSeenAt: isBackward ? { lt: new Date(cursor.t) } : { gt: new Date(cursor.t) } },
      { firstSeenAt: new Date(cursor.t), id: isBackward ? { lt: cursor.id } : { gt: cursor.id } },
    ],
  };
  const [rows, total] = await Promise.all([
    db.violation.findMany({
      where: boundary ? { AND: [where, boundary] } : where,
      orderBy: [{ firstSeenAt: direction }, { id: direction }],
      take: size + 1,
      select: rowSelect,
    }),
    db.violation.count({ where }),
  ]);

  const hasMore = rows.length > size;
  const page = rows.slice(0, size);
  if (isBackward) page.reverse();
  // Reading backward and finding nothing more means this is the first page, whatever the cursor counted.
  const offset = isBackward ? (hasMore ? Math.max(0, (cursor?.o ?? 0) - page.length) : 0) : (cursor?.o ?? 0);
  const firstRow = page[0];
  const lastRow = page.at(-1);
  const hasNext = isBackward || hasMore;
  const hasPrevious = isBackward ? hasMore : Boolean(cursor);
  const make = (row: ViolationListRow, d: "a" | "b", o: number) =>
    encodeCursor({ d, t: row.firstSeenAt.toISOString(), id: row.id, o });
  return {
    rows: page,
    total,
    offset,
    nextCursor: hasNext && lastRow ? make(lastRow, "a", offset + page.length) : null,
    previousCursor: hasPrevious && firstRow ? make(firstRow, "b", offset) : null,
  };
}

/** The profile filter's choices: every profile by name ("default" selects the borrowers without their own). */
export async function listViolationProfileOptions(): Promise<{ value: string; label: string }[]> {
  const profiles = await db.requirementProfile.findMany({
    orderBy: [{ isDefault: "desc" }, { name: "asc" }],
    select: { id: true, name: true, isDefault: true, retiredAt: true },
  });
  return profiles.map((profile) => ({
    value: profile.isDefault ? "default" : profile.id,
    label: `${profile.name}${profile.isDefault ? " (default)" : profile.retiredAt ? " (retired)" : ""}`,
  }));
}
