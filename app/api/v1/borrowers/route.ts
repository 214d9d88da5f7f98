import { apiRoute } from "@/lib/server/api/api-route";
import { listApiBorrowers } from "@/lib/server/api/list-api-borrowers";
import { env } from "@/lib/server/env";

export const GET = apiRoute(async ({ query }) =>
  Response.json(
    await listApiBorrowers(query, { now: new Date(), staleAfterHours: env.FRESHNESS_STALE_HOURS }),
  ),
);
