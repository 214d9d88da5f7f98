// The borrower list's state, as it lives in the URL: what each parameter means, and how a raw query string
// becomes filters. Bad values never fail the page: they are dropped, and the page says what it ignored.
import type { ComplianceStatus, ConnectionState, Severity } from "@/generated/prisma/enums";
import { noticeForBadCursor } from "@/lib/pagination/cursor-codec";
import { firstParam, pageSizeParam, type RawSearchParams } from "@/lib/search-params";
import { type DecodedCursor, decodeListCursor } from "./list-cursor";

export type { RawSearchParams };

/** Statuses in the URL, in words (`at-risk`), in the order the overview and filters show them. */
export const statusParams = {
  "non-compliant": "NON_COMPLIANT",
  disconnected: "DISCONNECTED",
  "at-risk": "AT_RISK",
  "not-connected": "NOT_CONNECTED",
  compliant: "COMPLIANT",
  "not-monitored": "NOT_MONITORED",
} as const satisfies Record<string, ComplianceStatus>;
export type StatusParam = keyof typeof statusParams;

/** The statuses of borrowers we are actually monitoring: connected once, and not descoped. */
export const monitoredStatuses: StatusParam[] = ["compliant", "at-risk", "non-compliant", "disconnected"];

export const severityParams = {
  critical: "CRITICAL",
  high: "HIGH",
  medium: "MEDIUM",
  low: "LOW",
} as const satisfies Record<string, Severity>;
export type SeverityParam = keyof typeof severityParams;

export const connectionParams = {
  connected: "CONNECTED",
  disconnected: "DISCONNECTED",
  "never-connected": "NEVER_CONNECTED",
  descoped: "DESCOPED",
} as const satisfies Record<string, ConnectionState>;
export type ConnectionParam = keyof typeof connectionParams;

/** Sort keys; a leading `-` reverses. Each names the column and the direction it starts in. */
export const sortKeys = ["name", "status", "refreshed", "expiration", "violations"] as const;
export type SortKey = (typeof sortKeys)[number];
export type Sort = { key: SortKey; isDescending: boolean };
export const defaultSort: Sort = { key: "name", isDescending: false };

export const pageSizes = [25, 50, 100] as const;
export type PageSize = (typeof pageSizes)[number];
export const defaultPageSize: PageSize = 50;

export const maxQueryLength = 100;
export const maxExpiringDays = 365;

export type BorrowerFilters = {
  q?: string;
  status?: StatusParam[];
  severity?: SeverityParam;
  profile?: string;
  carrier?: string;
  connection?: ConnectionParam;
  isStale?: boolean;
  expiringWithinDays?: number;
  lender?: string;
};

export type BorrowerListParams = {
  filters: BorrowerFilters;
  sort: Sort;
  size: PageSize;
  cursor: DecodedCursor | null;
  /** What was ignored or trimmed, in words, for the page to show. */
  notices: string[];
};

/** The names the list's URL uses, so that links and forms build the same URLs the parser reads. */
export const listParamNames = [
  "q",
  "status",
  "severity",
  "profile",
  "carrier",
  "connection",
  "stale",
  "expiring",
  "lender",
  "sort",
  "cursor",
  "size",
] as const;

const single = (raw: RawSearchParams, name: string) => firstParam(raw[name]);

const isKeyOf = <T extends object>(table: T, key: string): key is Extract<keyof T, string> =>
  Object.hasOwn(table, key);

export function parseSort(value: string | undefined): Sort | null {
  if (!value) return null;
  const isDescending = value.startsWith("-");
  const key = isDescending ? value.slice(1) : value;
  return (sortKeys as readonly string[]).includes(key) ? { key: key as SortKey, isDescending } : null;
}

export function formatSort(sort: Sort): string {
  return `${sort.isDescending ? "-" : ""}${sort.key}`;
}

export function parseBorrowerListParams(raw: RawSearchParams): BorrowerListParams {
  const notices: string[] = [];
  const ignored = (label: string, value: string) => notices.push(`Ignored an unknown ${label}: “${value}”.`);
  const filters: BorrowerFilters = {};

  const q = single(raw, "q");
  if (q) {
    if (q.length > maxQueryLength)
      notices.push(`The search was cut to its first ${maxQueryLength} characters.`);
    filters.q = q.slice(0, maxQueryLength);
  }

  const status = single(raw, "status");
  if (status) {
    const values = [...new Set(status.split(",").map((part) => part.trim().toLowerCase()))].filter(Boolean);
    const known = values.filter((value): value is StatusParam => isKeyOf(statusParams, value));
    for (const value of values) if (!isKeyOf(statusParams, value)) ignored("status", value);
    if (known.length > 0) filters.status = known;
  }

  const severity = single(raw, "severity")?.toLowerCase();
  if (severity) {
    if (isKeyOf(severityParams, severity)) filters.severity = severity;
    else ignored("severity", severity);
  }

  const connection = single(raw, "connection")?.toLowerCase();
  if (connection) {
    if (isKeyOf(connectionParams, connection)) filters.connection = connection;
    else ignored("connection state", connection);
  }

  const profile = single(raw, "profile");
  if (profile) filters.profile = profile.slice(0, 200);
  const carrier = single(raw, "carrier");
  if (carrier) filters.carrier = carrier.slice(0, 200);
  const lender = single(raw, "lender");
  if (lender) filters.lender = lender.slice(0, 200);

  const stale = single(raw, "stale");
  if (stale) {
    if (stale === "1" || stale === "true") filters.isStale = true;
    else if (stale !== "0" && stale !== "false") ignored("value for stale", stale);
  }

  const expiring = single(raw, "expiring");
  if (expiring) {
    const days = Number(expiring);
    if (Number.isInteger(days) && days >= 0 && days <= maxExpiringDays) filters.expiringWithinDays = days;
    else
      notices.push(
        `“Expiring within” takes a number of days from 0 to ${maxExpiringDays}; ignored “${expiring}”.`,
      );
  }

  const sortValue = single(raw, "sort");
  const sort = parseSort(sortValue) ?? defaultSort;
  if (sortValue && !parseSort(sortValue)) ignored("sort", sortValue);

  const sizeValue = single(raw, "size");
  const size = pageSizeParam(sizeValue, pageSizes, defaultPageSize);
  if (sizeValue && String(size) !== sizeValue)
    notices.push(`Pages hold 25, 50 or 100 rows; showing ${size}.`);

  const cursorValue = single(raw, "cursor");
  let cursor: DecodedCursor | null = null;
  if (cursorValue) {
    cursor = decodeListCursor(cursorValue, sort.key);
    if (!cursor) notices.push(noticeForBadCursor);
  }

  return { filters, sort, size, cursor, notices };
}

/**
 * The query string for a view of the list: the filters and sort (defaults left out), plus page size and cursor
 * when given. Links, the export and the tiles of the overview all build their URLs here.
 */
export function borrowerListQuery({
  filters,
  sort = defaultSort,
  size = defaultPageSize,
  cursor,
}: {
  filters: BorrowerFilters;
  sort?: Sort;
  size?: PageSize;
  cursor?: string;
}): string {
  const query = new URLSearchParams();
  if (filters.q) query.set("q", filters.q);
  if (filters.status?.length) query.set("status", filters.status.join(","));
  if (filters.severity) query.set("severity", filters.severity);
  if (filters.profile) query.set("profile", filters.profile);
  if (filters.carrier) query.set("carrier", filters.carrier);
  if (filters.connection) query.set("connection", filters.connection);
  if (filters.isStale) query.set("stale", "1");
  if (filters.expiringWithinDays !== undefined) query.set("expiring", String(filters.expiringWithinDays));
  if (filters.lender) query.set("lender", filters.lender);
  if (sort.key !== defaultSort.key || sort.isDescending !== defaultSort.isDescending)
    query.set("sort", formatSort(sort));
  if (size !== defaultPageSize) query.set("size", String(size));
  if (cursor) query.set("cursor", cursor);
  const text = query.toString();
  return text ? `?${text}` : "";
}

export function hasFilters(filters: BorrowerFilters): boolean {
  return Object.values(filters).some((value) => value !== undefined);
}
