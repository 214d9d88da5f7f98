import { buildOpenApiDocument } from "@/lib/api/v1/openapi-document";
import { env } from "@/lib/server/env";

// Built per request: the server URL is the running app's, unknown at build time.
export const dynamic = "force-dynamic";

// The document describes the API and holds no data: it needs no key.
export function GET() {
  return Response.json(buildOpenApiDocument({ serverUrl: env.APP_URL }));
}
