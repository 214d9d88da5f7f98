// A URL Coverwatch posts to (a Slack incoming webhook, a lender's webhook endpoint) as an admin pastes it.
import { z } from "zod";

/** Hosts that may be reached over plain http: a receiver on this machine (tests, a local demo). */
const loopbackHosts = new Set(["localhost", "127.0.0.1", "[::1]"]);

export const maxOutboundUrlLength = 2000;

/** An https URL (http only for localhost), without credentials; `missing` is the message for an empty field. */
export function outboundUrlSchema(missing: string) {
  return z
    .string()
    .trim()
    .min(1, missing)
    .max(maxOutboundUrlLength, `At most ${maxOutboundUrlLength} characters.`)
    .superRefine((value, context) => {
      const problem = outboundUrlProblem(value);
      if (problem) context.addIssue({ code: "custom", message: problem });
    });
}

function outboundUrlProblem(value: string): string | null {
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
