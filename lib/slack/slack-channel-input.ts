// What the Slack settings' forms accept, shared by the server actions and their operations.
import { z } from "zod";
import { severityScale } from "@/lib/alerts/severity-threshold";
import { slackWebhookUrlSchema } from "./webhook-url";

export const minSeveritySchema = z.enum(severityScale, "Choose a severity.");

export const slackChannelInputSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Name the channel, like #compliance-alerts.")
    .max(80, "At most 80 characters."),
  webhookUrl: slackWebhookUrlSchema,
  minSeverity: minSeveritySchema,
});
export type SlackChannelInput = z.input<typeof slackChannelInputSchema>;
