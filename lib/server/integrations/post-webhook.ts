import "server-only";
import http from "node:http";
import https from "node:https";
import { allowsPrivateDestinations, destinationProblem, guardedLookup } from "./destination-guard";

// One POST of a signed event to an endpoint: a 10-second limit, no redirect followed, the destination checked on
// the addresses actually connected to. Answers what happened instead of throwing.

export const webhookTimeoutMs = 10_000;
const excerptChars = 500;
const maxBodyBytes = 4096;

export type WebhookPostOutcome = {
  isSent: boolean;
  /** Null when no answer came (refused destination or connection, timeout). */
  httpStatus: number | null;
  /** The start of the answer's body, one line. */
  responseExcerpt: string | null;
  /** Why it was not sent, in words; null when sent. */
  error: string | null;
  durationMs: number;
};

export async function postWebhook(
  url: string,
  {
    body,
    headers,
    timeoutMs = webhookTimeoutMs,
    allowPrivate = allowsPrivateDestinations(),
  }: { body: string; headers: Record<string, string>; timeoutMs?: number; allowPrivate?: boolean },
): Promise<WebhookPostOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  // An IP literal is connected to without any lookup: it is checked here (and a host name once more below).
  const problem = await destinationProblem(url, { allowPrivate });
  if (problem)
    return { isSent: false, httpStatus: null, responseExcerpt: null, error: problem, durationMs: 0 };
  try {
    const { status, excerpt } = await send(url, { body, headers, timeoutMs, allowPrivate });
    const isSent = status >= 200 && status < 300;
    return {
      isSent,
      httpStatus: status,
      responseExcerpt: excerpt || null,
      error: isSent ? null : `HTTP ${status}${excerpt ? `: ${excerpt}` : ""}`,
      durationMs: elapsed(),
    };
  } catch (error) {
    return {
      isSent: false,
      httpStatus: null,
      responseExcerpt: null,
      error: describeFailure(error, timeoutMs),
      durationMs: elapsed(),
    };
  }
}

function send(
  url: string,
  {
    body,
    headers,
    timeoutMs,
    allowPrivate,
  }: { body: string; headers: Record<string, string>; timeoutMs: number; allowPrivate: boolean },
) {
  const target = new URL(url);
  const client = target.protocol === "https:" ? https : http;
  return new Promise<{ status: number; excerpt: string }>((resolve, reject) => {
    const request = client.request(
      target,
      {
        method: "POST",
        headers: {
          ...headers,
          "content-type": "application/json",
          "content-length": String(Buffer.byteLength(body)),
          "user-agent": "Coverwatch-Webhooks/1",
        },
        lookup: guardedLookup(allowPrivate) as never,
        signal: AbortSignal.timeout(timeoutMs),
      },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on("data", (chunk: Buffer) => {
          if (size < maxBodyBytes) chunks.push(chunk);
          size += chunk.byteLength;
          // The start is all that is kept: a misconfigured URL may answer a whole web page, or never stop.
          if (size >= maxBodyBytes) response.destroy();
        });
        const finish = () =>
          resolve({ status: response.statusCode ?? 0, excerpt: excerptOf(Buffer.concat(chunks)) });
        response.on("end", finish);
        response.on("close", finish);
        response.on("error", finish);
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

function excerptOf(raw: Buffer): string {
  const text = raw.subarray(0, maxBodyBytes).toString("utf8").replace(/\s+/g, " ").trim();
  return text.length > excerptChars ? `${text.slice(0, excerptChars - 1)}…` : text;
}

function describeFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError"))
    return `No answer within ${timeoutMs / 1000} s`;
  if (error instanceof Error && error.name === "RefusedDestinationError") return error.message;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string") return `Could not reach the endpoint (${code})`;
  return `Could not reach the endpoint (${error instanceof Error ? error.message : String(error)})`;
}
