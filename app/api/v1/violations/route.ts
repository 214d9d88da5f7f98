import { apiRoute } from "@/lib/server/api/api-route";
import { listApiViolations } from "@/lib/server/api/list-api-violations";

export const GET = apiRoute(async ({ query }) => Response.json(await listApiViolations(query, new Date())));
