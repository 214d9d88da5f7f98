// What the webhook endpoints' forms accept, shared by the server actions and their operations.
import { z } from "zod";
import { outboundEventTypes } from "./event-types";
import { outboundUrlSchema } from "./outbound-url";

export const webhookEventTypesSchema = z
  .array(z.enum(outboundEventTypes as [string, ...string[]]), "Choose at least one event.")
  .min(1, "Choose at least one event.")
  .transform((types) => [...new Set(types)].sort());

export const webhookEndpointInputSchema = z.object({
  url: outboundUrlSchema("Give the URL your system receives webhooks at."),
  description: z.string().trim().max(200, "At most 200 characters.").default(""),
  eventTypes: webhookEventTypesSchema,
});
export type WebhookEndpointInput = z.input<typeof webhookEndpointInputSchema>;
