// The JSON Schemas of the webhook bodies, one per event type, made from the zod schemas of their `data`: what
// GET /api/v1/webhooks/schemas serves and docs/webhooks.md describes.
import { z } from "zod";
import { outboundEventSchemas, outboundEventTypes } from "./event-types";

/** The body of a delivery of this type: `{ type, timestamp, data }`. */
export function webhookBodySchema(type: keyof typeof outboundEventSchemas) {
  return z.object({
    type: z.literal(type),
    timestamp: z.iso.datetime().describe("When the change happened (UTC)"),
    data: outboundEventSchemas[type],
  });
}

export function outboundEventJsonSchemas() {
  return Object.fromEntries(
    outboundEventTypes.map((type) => [type, z.toJSONSchema(webhookBodySchema(type), { io: "output" })]),
  );
}
