import "server-only";
import type { RawSearchParams } from "@/lib/search-params";
import { parseViolationListParams } from "@/lib/violations/violation-list-params";
import { AppError } from "../errors";
import { listViolations } from "../violations/list-violations";
import { refuseIgnored, splitLimit } from "./api-query";
import { toApiViolation } from "./to-api-rows";

/** `GET /api/v1/violations`: the queue's filters, sorts and keyset pages, read by its own parser. */
export async function listApiViolations(query: RawSearchParams, now: Date) {
  const { limit, rest } = splitLimit(query);
  const params = parseViolationListParams(rest);
  refuseIgnored(params.notices);
  // "Mine" is the signed-in user's; a key is nobody.
  if (params.filters.assignee === "me")
    throw new AppError("bad_request", "assignee: `me` means the signed-in user; give a user's id or `none`.");
  const page = await listViolations({ ...params, size: limit }, { now, userId: "" });
  return { data: page.rows.map(toApiViolation), next: page.nextCursor };
}
