import { apiError } from "@/lib/server/api/api-route";

// Any other path under /api/v1 answers the API's own 404, in its error shape, rather than the dashboard's page.
export function GET() {
  return apiError("not_found", "No such endpoint: the endpoints are listed at /api/v1/openapi.json.");
}
