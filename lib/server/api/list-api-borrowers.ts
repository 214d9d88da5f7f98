import "server-only";
import { parseBorrowerListParams } from "@/lib/borrowers/list-params";
import type { RawSearchParams } from "@/lib/search-params";
import type { FilterClock } from "../borrowers/borrower-list-filter";
import { listBorrowers } from "../borrowers/list-borrowers";
import { refuseIgnored, splitLimit } from "./api-query";
import { toApiBorrower } from "./to-api-rows";

/** `GET /api/v1/borrowers`: the borrower list's filters, sort and keyset pages, read by its own parser. */
export async function listApiBorrowers(query: RawSearchParams, clock: FilterClock) {
  const { limit, rest } = splitLimit(query);
  const params = parseBorrowerListParams(rest);
  refuseIgnored(params.notices);
  const page = await listBorrowers({ ...params, size: limit }, clock);
  return { data: page.rows.map(toApiBorrower), next: page.nextCursor };
}
