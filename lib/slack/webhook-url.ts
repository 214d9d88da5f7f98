// A Slack incoming-webhook URL as an admin pastes it, and the hint the dashboard shows of it instead (the URL is
// a secret: whoever holds it can post to the channel).
import { z } from "zod";

/** Hosts that may be reached over plain http: a receiver on this machine (tests, a local demo). */
const loopbackHosts = new Set(["localhost", "127.0.0.1", "[::1]"]);

export const maxWebhookUrlLength = 2000;

export const slackWebhookUrlSchema = z
  .string()
  .trim()
  .min(1, "Paste the webhook URL Slack gave you.")
  .max(maxWebhookUrlLength, `At most ${maxWebhookUrlLength} characters.`)
  .superRefine((value, context) => {
    const problem = webhookUrlProblem(value);
    if (problem) context.addIssue({ code: "custom", message: problem });
  });

function webhookUrlProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "Paste the whole URL, starting with https://.";
  }
  if (url.protocol === "http:" && !loopbackHosts.has(url.hostname))
    return "Use an https:// URL (http:// is accepted only for localhost).";
  if (url.protocol !== "https:" && url.protocol !== "http:")
    return "Paste the whole URL, starting with https://.";
  if (url.username || url.password) return "Leave the user name and password out of the URL.";
  return null;
}

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
