// The violation queue's state as it lives in the URL: filters, sort, page size and cursor. One parser for the
// page, its CSV export and its bulk actions ("all that match"): bad values never fail the page, they are dropped
// and the page says what it ignored.
import type { Severity, ViolationStatus } from "@/generated/prisma/enums";
import { noticeForBadCursor } from "@/lib/pagination/cursor-codec";
import { firstParam, pageSizeParam, type RawSearchParams } from "@/lib/search-params";
import { decodeViolationCursor, type ViolationCursor } from "./violation-list-cursor";

/**
 * Status filters. `open` is what the overview counts as open (OPEN or ACKNOWLEDGED: someone still has to act);
 * the upper-case values are one stored status each (`/violations?status=WAIVED`). No status: every live one.
 */
export const violationStatusFilters = ["open", "OPEN", "ACKNOWLEDGED", "WAIVED", "RESOLVED"] as const;
export type ViolationStatusFilter = (typeof violationStatusFilters)[number];
export const violationSeverities = ["CRITICAL", "HIGH", "MEDIUM", "LOW"] as const satisfies Severity[];

/** The statuses someone still has to act on: what "Overdue" looks at. */
export const actionableStatuses = ["OPEN", "ACKNOWLEDGED"] as const satisfies ViolationStatus[];

/** `me`: the signed-in user; `none`: nobody; anything else: a user's id. */
export type AssigneeFilter = "me" | "none" | (string & {});

export type ViolationFilters = {
  rule?: string;
  severity?: Severity;
  status?: ViolationStatusFilter;
  profile?: string;
  olderThanDays?: number;
  assignee?: AssigneeFilter;
  /** Due before now and still open or acknowledged. */
  isOverdue?: boolean;
  /** First seen at or after this moment (an ISO date-time): the daily digest's "new" violations. */
  openedSince?: string;
  /** Resolved at or after this moment (an ISO date-time): the daily digest's "resolved" ones. */
  resolvedSince?: string;
};

/** The sorts, as the URL names them (`?sort=severity&dir=desc`), each with the direction a first click gives. */
export const violationSortKeys = [
  "severity",
  "first-seen",
  "last-seen",
  "borrower",
  "rule",
  "due",
  "assignee",
] as const;
export type ViolationSortKey = (typeof violationSortKeys)[number];
export type ViolationSort = { key: ViolationSortKey; isDescending: boolean };
/** Most severe, most recently seen first; every other column starts A→Z or soonest first. */
export const descendingFirst: readonly ViolationSortKey[] = ["severity", "last-seen"];
/** Oldest first: the violations waiting longest lead. */
export const defaultViolationSort: ViolationSort = { key: "first-seen", isDescending: false };

export const violationPageSizes = [25, 50, 100] as const;
export type ViolationPageSize = (typeof violationPageSizes)[number];
export const defaultViolationPageSize: ViolationPageSize = 50;

export type ViolationListParams = {
  filters: ViolationFilters;
  sort: ViolationSort;
  size: ViolationPageSize;
  cursor: ViolationCursor | null;
  /** What was ignored, in words, for the page to show. */
  notices: string[];
};

/** Our ids are cuids or uuids; an assignee that is not one is ignored. */
const idPattern = /^[A-Za-z0-9_-]{1,64}$/;

const isOneOf = <T extends string>(choices: readonly T[], value: string): value is T =>
  (choices as readonly string[]).includes(value);

export function parseViolationListParams(raw: RawSearchParams): ViolationListParams {
  const notices: string[] = [];
  const ignored = (label: string, value: string) => notices.push(`Ignored an unknown ${label}: “${value}”.`);
  const single = (name: string) => firstParam(raw[name]);
  const filters: ViolationFilters = {};

  // No rule key or profile id is that long: a longer value is not one cut short, it is no value at all.
  for (const key of ["rule", "profile"] as const) {
    const value = single(key);
    if (value && value.length <= 200) filters[key] = value;
    else if (value) notices.push(`Ignored a ${key} longer than 200 characters.`);
  }

  // Any letter case: `?severity=low` is LOW.
  const severity = single("severity");
  if (severity) {
    const upper = severity.toUpperCase();
    if (isOneOf(violationSeverities, upper)) filters.severity = upper;
    else ignored("severity", severity);
  }

  // `open` is its own value; any other spelling of a stored status (`waived`) means that status.
  const status = single("status");
  if (status) {
    const value = status === "open" ? status : status.toUpperCase();
    if (isOneOf(violationStatusFilters, value)) filters.status = value;
    else ignored("status", status);
  }

  const olderThan = single("olderThanDays");
  if (olderThan) {
    const days = Number(olderThan);
    if (Number.isInteger(days) && days >= 0 && days <= 3650) filters.olderThanDays = days;
    else notices.push(`“Open for at least” takes a number of days from 0 to 3650; ignored “${olderThan}”.`);
  }

  const assignee = single("assignee");
  if (assignee) {
    const value = assignee.toLowerCase();
    if (value === "me" || value === "none") filters.assignee = value;
    else if (idPattern.test(assignee)) filters.assignee = assignee;
    else ignored("assignee", assignee);
  }

  const overdue = single("overdue");
  if (overdue) {
    if (overdue === "1" || overdue === "true") filters.isOverdue = true;
    else if (overdue !== "0" && overdue !== "false") ignored("value for overdue", overdue);
  }

  // A moment, as the digest's links carry it; kept as its ISO form so the filters stay plain JSON.
  for (const [key, label] of [
    ["openedSince", "“opened since” moment"],
    ["resolvedSince", "“resolved since” moment"],
  ] as const) {
    const value = single(key);
    if (!value) continue;
    const time = value.length <= 40 ? Date.parse(value) : Number.NaN;
    if (Number.isNaN(time)) ignored(label, value.slice(0, 40));
    else filters[key] = new Date(time).toISOString();
  }

  const sortValue = single("sort");
  const dirValue = single("dir")?.toLowerCase();
  let sort = defaultViolationSort;
  if (sortValue) {
    if (isOneOf(violationSortKeys, sortValue))
      sort = { key: sortValue, isDescending: descendingFirst.includes(sortValue) };
    else ignored("sort", sortValue);
  }
  if (dirValue) {
    if (dirValue === "asc" || dirValue === "desc") sort = { ...sort, isDescending: dirValue === "desc" };
    else ignored("sort direction", dirValue);
  }

  const sizeValue = single("size");
  const size = pageSizeParam(sizeValue, violationPageSizes, defaultViolationPageSize);
  if (sizeValue && String(size) !== sizeValue)
    notices.push(`Pages hold 25, 50 or 100 rows; showing ${size}.`);

  const cursorValue = single("cursor");
  const cursor = cursorValue ? decodeViolationCursor(cursorValue, sort) : null;
  if (cursorValue && !cursor) notices.push(noticeForBadCursor);

  return { filters, sort, size, cursor, notices };
}

/**
 * The query string of a view of the queue: filters and sort (defaults left out), then page size and cursor
 * when given. Links, sort headers, the export and "all that match" all build their URLs here.
 */
export function violationListQuery({
  filters,
  sort = defaultViolationSort,
  size = defaultViolationPageSize,
  cursor,
}: {
  filters: ViolationFilters;
  sort?: ViolationSort;
  size?: number;
  cursor?: string;
}): string {
  const query = new URLSearchParams();
  for (const key of [
    "rule",
    "severity",
    "status",
    "profile",
    "olderThanDays",
    "assignee",
    "openedSince",
    "resolvedSince",
  ] as const) {
    const value = filters[key];
    if (value !== undefined) query.set(key, String(value));
  }
  if (filters.isOverdue) query.set("overdue", "1");
  if (sort.key !== defaultViolationSort.key || sort.isDescending !== defaultViolationSort.isDescending) {
    query.set("sort", sort.key);
    query.set("dir", sort.isDescending ? "desc" : "asc");
  }
  if (size !== defaultViolationPageSize) query.set("size", String(size));
  if (cursor) query.set("cursor", cursor);
  const text = query.toString();
  return text ? `?${text}` : "";
}

export const hasViolationFilters = (filters: ViolationFilters) =>
  Object.values(filters).some((value) => value !== undefined);
