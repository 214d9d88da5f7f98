import { apiRoute } from "@/lib/server/api/api-route";
import { listApiEvents } from "@/lib/server/api/list-api-events";

export const GET = apiRoute(async ({ query }) => Response.json(await listApiEvents(query)));
