import { z } from "zod";
import type { RawSearchParams } from "@/lib/search-params";
import { exportViolations } from "@/lib/server/exports/export-violations";
import { userRoute } from "@/lib/server/http/user-route";
import { parseViolationListParams } from "@/lib/violations/violation-list-params";

// The violation queue as CSV, with the queue's own query string (/violations?status=OPEN&sort=due → this
// ?status=OPEN&sort=due), read by the queue's own parser: the file holds the queue's rows in the queue's order.
const query = z.looseObject({}).transform((raw) => parseViolationListParams(raw as RawSearchParams));

export const GET = userRoute({ permission: "violations.read", query }, ({ user, query }) =>
  exportViolations({ filters: query.filters, sort: query.sort, actor: user }),
);
