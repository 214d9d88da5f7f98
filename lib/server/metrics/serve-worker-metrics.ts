import "server-only";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { env } from "../env";
import { answerScrape } from "./metrics-answer";

// A worker process has no web server: this small one serves its metrics at /metrics on WORKER_METRICS_PORT, with
// the web route's rules (metrics-answer.ts). Nothing else is served.

export type WorkerMetricsServer = { port: number; close: () => Promise<void> };

export async function serveWorkerMetrics({
  port,
  host,
}: {
  port: number;
  host?: string;
}): Promise<WorkerMetricsServer> {
  const server: Server = createServer((request, response) => {
    const path = (request.url ?? "").split("?", 1)[0];
    if (request.method !== "GET" || path !== "/metrics") {
      response
        .writeHead(404, { "content-type": "text/plain", "cache-control": "no-store" })
        .end("Not found\n");
      return;
    }
    answerScrape(request.headers.authorization).then(
      (answer) => response.writeHead(answer.status, answer.headers).end(answer.body),
      () => response.writeHead(500, { "content-type": "text/plain" }).end("Metrics unavailable\n"),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Prometheus keeps its connection open between scrapes: without this a stopping worker would wait for it.
        server.closeAllConnections();
      }),
  };
}

/** The worker's metrics server when WORKER_METRICS_PORT is set (the environment check required METRICS_TOKEN). */
export async function startWorkerMetrics(): Promise<WorkerMetricsServer | null> {
  return env.WORKER_METRICS_PORT === undefined ? null : serveWorkerMetrics({ port: env.WORKER_METRICS_PORT });
}
