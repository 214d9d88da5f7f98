// A stand-in for the webhooks Coverwatch posts to (Slack's incoming webhooks, a lender's endpoint): a plain HTTP
// server on 127.0.0.1 and a free port, started by the test itself (nothing leaves the machine). It keeps every
// request it receives, and answers each path as told: a list of answers used up in order (a 500, then 200), then
// 200 "ok" (Slack's own answer).
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

export type ReceivedRequest = {
  path: string;
  contentType: string;
  headers: Record<string, string>;
  raw: string;
  /** The JSON body, or null when it was not JSON. */
  body: { text?: string; blocks?: unknown[] } | null;
  /** What the receiver answered. */
  status: number;
};

type Answer = { status: number; body?: string };

export async function startHttpReceiver() {
  const received: ReceivedRequest[] = [];
  const answers = new Map<string, Answer[]>();
  const server = createServer(async (request, response) => {
    const raw = await readBody(request);
    const path = new URL(request.url ?? "/", "http://receiver").pathname;
    const answer = answers.get(path)?.shift() ?? { status: 200, body: "ok" };
    received.push({
      path,
      contentType: request.headers["content-type"] ?? "",
      headers: Object.fromEntries(
        Object.entries(request.headers).map(([name, value]) => [name, String(value ?? "")]),
      ),
      raw,
      body: parseJson(raw),
      status: answer.status,
    });
    response.writeHead(answer.status, { "content-type": "text/plain" });
    response.end(answer.body ?? "");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    /** The requests a path received, in order. */
    requestsTo: (path: string) => received.filter((request) => request.path === path),
    /** The next requests to `path` get these answers, in order; later ones get 200 "ok". */
    answer(path: string, ...next: Answer[]) {
      answers.set(path, [...(answers.get(path) ?? []), ...next]);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type HttpReceiver = Awaited<ReturnType<typeof startHttpReceiver>>;

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function parseJson(raw: string): ReceivedRequest["body"] {
  try {
    return JSON.parse(raw) as ReceivedRequest["body"];
  } catch {
    return null;
  }
}
