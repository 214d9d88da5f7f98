import "server-only";

// One POST of a message to an incoming webhook, with a time limit, answering what happened instead of throwing.
// What it answers is stored and logged, so it never holds the webhook URL.

export const slackTimeoutMs = 10_000;
const excerptChars = 200;
const maxBodyBytes = 2048;

export type SlackPostOutcome =
  | { isSent: true; httpStatus: number }
  | {
      isSent: false;
      /** Null when no answer came (refused connection, timeout). */
      httpStatus: number | null;
      error: string;
      /** Slack's answer will not change on a retry (`invalid_payload`, `no_service`, `channel_is_archived`…). */
      isPermanent: boolean;
    };

export async function postToSlack(
  webhookUrl: string,
  message: unknown,
  { timeoutMs = slackTimeoutMs }: { timeoutMs?: number } = {},
): Promise<SlackPostOutcome> {
  try {
    const response = await fetch(webhookUrl, {
      method: "POST",
      headers: { "content-type": "application/json; charset=utf-8" },
      body: JSON.stringify(message),
      // A webhook does not redirect: following one would send the message where the admin never pointed it.
      redirect: "manual",
      cache: "no-store",
      signal: AbortSignal.timeout(timeoutMs),
    });
    const body = await readExcerpt(response);
    if (response.status >= 200 && response.status < 300) return { isSent: true, httpStatus: response.status };
    return {
      isSent: false,
      httpStatus: response.status,
      error: withoutUrl(body || `HTTP ${response.status} with no explanation`, webhookUrl),
      isPermanent: isPermanentRefusal(response.status),
    };
  } catch (error) {
    return {
      isSent: false,
      httpStatus: null,
      error: withoutUrl(describeFailure(error, timeoutMs), webhookUrl),
      isPermanent: false,
    };
  }
}

/** 408, 429 and 5xx may pass; any other refusal (a 3xx or 4xx) is about the webhook or the message itself. */
function isPermanentRefusal(status: number): boolean {
  return status !== 408 && status !== 429 && status < 500;
}

/** The start of the body, one line, whatever its size (a misconfigured URL may answer a whole web page). */
async function readExcerpt(response: Response): Promise<string> {
  if (!response.body) return "";
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < maxBodyBytes) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
    }
  } catch {
    // A body cut short still says what it said so far.
  } finally {
    reader.cancel().catch(() => {});
  }
  const text = Buffer.concat(chunks).toString("utf8").replace(/\s+/g, " ").trim();
  return text.length > excerptChars ? `${text.slice(0, excerptChars - 1)}…` : text;
}

function describeFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError"))
    return `No answer within ${timeoutMs / 1000} s`;
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  if (typeof cause?.code === "string") return `Could not reach the webhook (${cause.code})`;
  return `Could not reach the webhook (${error instanceof Error ? error.message : String(error)})`;
}

/** Whatever a server or the network says, the URL (and its secret path) never reaches a log or the page. */
function withoutUrl(text: string, webhookUrl: string): string {
  const url = new URL(webhookUrl);
  let clean = text.split(webhookUrl).join("[webhook URL]");
  if (url.pathname.length > 1) clean = clean.split(url.pathname).join("/[secret]");
  return clean;
}
