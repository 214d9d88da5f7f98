// A webhook receiver for the twin's own tests: records every delivery, and can be told to fail the next ones.
import http from "node:http";
import type { AddressInfo } from "node:net";

export type ReceivedEvent = {
  headers: http.IncomingHttpHeaders;
  body: { id: string; type: string; data: Record<string, unknown>; createdAt: string };
};

export async function startWebhookReceiver() {
  const received: ReceivedEvent[] = [];
  let failuresLeft = 0;
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => {
      body += chunk;
    });
    req.on("end", () => {
      if (failuresLeft > 0) {
        failuresLeft -= 1;
        res.statusCode = 503;
        res.end("try later");
        return;
      }
      received.push({ headers: req.headers, body: JSON.parse(body) });
      res.end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    received,
    failNext: (count: number) => {
      failuresLeft = count;
    },
    ofType: (type: string) => received.filter((event) => event.body.type === type),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
