import { outboundEventJsonSchemas } from "@/lib/integrations/event-json-schemas";

// The JSON Schema of each webhook event's body, by type: the published contract, the same for every install.
export function GET() {
  return Response.json(
    { schemas: outboundEventJsonSchemas() },
    { headers: { "cache-control": "public, max-age=3600" } },
  );
}
