import "server-only";
import { limitParamSchema } from "@/lib/api/v1/schemas";
import { noticeForBadCursor } from "@/lib/pagination/cursor-codec";
import { firstParam, type RawSearchParams } from "@/lib/search-params";
import { AppError } from "../errors";

/**
 * Splits an API query into the page size (`limit`, 1–100) and what the list's own parser reads. The list's
 * `size` is the dashboard's; the API pages by `limit` alone.
 */
export function splitLimit(query: RawSearchParams): { limit: number; rest: RawSearchParams } {
  const { limit, size: _size, ...rest } = query;
  const parsed = limitParamSchema.safeParse(firstParam(limit));
  if (!parsed.success) throw new AppError("bad_request", "limit: takes a whole number from 1 to 100.");
  return { limit: parsed.data, rest };
}

/**
 * The dashboard's parsers drop what they cannot read and say so; an API client is told instead, with a 400,
 * rather than silently given another list than it asked for.
 */
export function refuseIgnored(notices: string[]) {
  if (notices.length === 0) return;
  const messages = notices.map((notice) =>
    notice === noticeForBadCursor ? "cursor: not a cursor of this list in this sort." : notice,
  );
  throw new AppError("bad_request", messages.join(" "));
}
