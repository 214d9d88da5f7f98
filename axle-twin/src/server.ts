// The local Axle twin: Axle's API, hosted Ignition pages and webhook delivery in one small HTTP server.
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { TwinConfig } from "./config";
import type { TwinContext } from "./context";
import { assignRequestId, errors, sendError, TwinHttpError } from "./http";
import { Router } from "./router";
import { registerHostedRoutes } from "./routes/hosted";
import { registerIgnitionRoutes } from "./routes/ignition";
import { registerObjectRoutes } from "./routes/objects";
import { registerSandboxRoutes } from "./routes/sandbox";
import { registerTokenRoutes } from "./routes/tokens";
import { createStore } from "./store";
import { createWebhookSender } from "./webhooks";

export type TwinServer = {
  url: string;
  context: TwinContext;
  close(): Promise<void>;
};

export async function startTwinServer(config: TwinConfig): Promise<TwinServer> {
  const store = createStore();
  const webhooks = createWebhookSender({ store, header: config.webhookHeader, secret: config.webhookSecret });
  let boundPort = config.port;
  const context: TwinContext = {
    config,
    store,
    webhooks,
    publicUrl: () => config.publicUrl ?? `http://localhost:${boundPort}`,
  };

  const router = new Router();
  registerIgnitionRoutes(router, context);
  registerTokenRoutes(router, context);
  registerObjectRoutes(router, context);
  registerSandboxRoutes(router, context);
  registerHostedRoutes(router, context);
  router.on("GET", "/health", ({ res }) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ ok: true }));
  });

  const server = http.createServer(async (req, res) => {
    assignRequestId(res);
    const url = new URL(req.url ?? "/", "http://twin.local");
    try {
      const route = router.match(req.method ?? "GET", url.pathname);
      if (!route) throw errors.notFound(`No route for ${req.method} ${url.pathname}`);
      await route.handler({ req, res, url, params: route.params });
    } catch (error) {
      if (error instanceof TwinHttpError) return sendError(res, error);
      console.error("[axle-twin] unexpected error", error);
      sendError(res, new TwinHttpError(500, "default", "Oops something went wrong. Please try again later."));
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.port, config.host, resolve);
  });
  boundPort = (server.address() as AddressInfo).port;

  return {
    url: `http://${config.host}:${boundPort}`,
    context,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
