// A Slack incoming-webhook URL as an admin pastes it, and the hint the dashboard shows of it instead (the URL is
// a secret: whoever holds it can post to the channel).
import { outboundUrlSchema } from "@/lib/integrations/outbound-url";

export const slackWebhookUrlSchema = outboundUrlSchema("Paste the webhook URL Slack gave you.");

/**
 * What the dashboard shows of a webhook URL: its host and the last four characters of its path
 * (`hooks.slack.com/…/AbCd`), enough to tell two channels apart and nothing to post with. A path too short to
 * spare four characters shows none.
 */
export function webhookUrlHint(value: string): string {
  const url = new URL(value);
  const path = url.pathname.replace(/\/+$/, "");
  return path.length >= 12 ? `${url.host}/…/${path.slice(-4)}` : `${url.host}/…`;
}
