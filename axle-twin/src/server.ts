// The local Axle twin: Axle's API, hosted Ignition pages and webhook delivery in one small HTTP server, plus
// its own admin API and control panel under /_twin.
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { TwinConfig } from "./config";
import type { TwinContext } from "./context";
import { decideEndpointFault, type FaultConfig } from "./faults";
import { assignRequestId, errors, sendError, TwinHttpError } from "./http";
import { Journal } from "./persistence";
import { seededRandom } from "./random";
import { refreshAll, startRefresher } from "./refresher";
import { Router } from "./router";
import { registerAdminRoutes } from "./routes/admin";
import { registerHostedRoutes } from "./routes/hosted";
import { registerIgnitionRoutes } from "./routes/ignition";
import { registerObjectRoutes } from "./routes/objects";
import { registerPanelRoutes } from "./routes/panel";
import { registerSandboxRoutes } from "./routes/sandbox";
import { registerTokenRoutes } from "./routes/tokens";
import { setSecurityHeaders } from "./security-headers";
import { seedStore } from "./seed/seed-store";
import { attachJournal, clearStore, createStore } from "./store";
import { createWebhookSender } from "./webhooks";

export type TwinServer = {
  url: string;
  context: TwinContext;
  close(): Promise<void>;
};

/** Routes that faults never touch: the twin's own tools, the hosted pages and health. */
const isFaultable = (pathname: string) => !/^\/(_twin|ignition-ui|health|documents)(\/|$)/.test(pathname);

export async function startTwinServer(config: TwinConfig): Promise<TwinServer> {
  const store = createStore();
  let faults: FaultConfig = config.faults;
  let boundPort = config.port;
  const publicUrl = () => config.publicUrl ?? `http://localhost:${boundPort}`;
  const seed = () =>
    seedStore(store, {
      seed: config.seed,
      accounts: config.seedAccounts,
      clientId: config.clientId,
      publicUrl: publicUrl(),
      webhookUri: config.seedWebhookUri,
    });
  const journal = config.dataDir ? Journal.inDirectory(config.dataDir) : null;

  const context: TwinContext = {
    config,
    store,
    webhooks: createWebhookSender({
      store,
      header: config.webhookHeader,
      secret: config.webhookSecret,
      faults: () => faults,
      random: seededRandom(`${config.seed}:deliveries`),
      maxAttempts: config.webhookMaxAttempts,
      baseDelayMs: config.webhookBaseDelayMs,
    }),
    publicUrl,
    faults: { get: () => faults, set: (next) => (faults = next) },
    faultRandom: seededRandom(`${config.seed}:faults`),
    reset() {
      journal?.clear();
      clearStore(store);
      seed();
      faults = config.faults;
    },
    refresh: (now) => refreshAll(context, config.renewalLeadDays, now),
  };

  const router = new Router();
  registerIgnitionRoutes(router, context);
  registerTokenRoutes(router, context);
  registerObjectRoutes(router, context);
  registerSandboxRoutes(router, context);
  registerHostedRoutes(router, context);
  registerAdminRoutes(router, context);
  registerPanelRoutes(router, context);
  router.on("GET", "/health", ({ res }) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ ok: true }));
  });

  const server = http.createServer(async (req, res) => {
    assignRequestId(res);
    setSecurityHeaders(req, res, publicUrl());
    const url = new URL(req.url ?? "/", "http://twin.local");
    try {
      const route = router.match(req.method ?? "GET", url.pathname);
      if (!route) throw errors.notFound(`No route for ${req.method} ${url.pathname}`);
      if (isFaultable(url.pathname)) {
        const fault = decideEndpointFault(faults, route.key, context.faultRandom);
        // A call that never answers: hold the connection until the client gives up.
        if (fault.kind === "hang") return;
        if (fault.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, fault.latencyMs));
        if (fault.kind === "error") {
          if (fault.retryAfterSeconds !== undefined && fault.retryAfterSeconds !== null)
            res.setHeader("retry-after", String(fault.retryAfterSeconds));
          const code = fault.status === 429 ? "rate-limited" : "default";
          throw new TwinHttpError(
            fault.status,
            code,
            fault.status === 429 ? "Too many requests" : "Oops something went wrong. Please try again later.",
          );
        }
      }
      await route.handler({ req, res, url, params: route.params });
    } catch (error) {
      if (error instanceof TwinHttpError) return sendError(res, error);
      console.error("[axle-twin] unexpected error", error);
      sendError(res, new TwinHttpError(500, "default", "Oops something went wrong. Please try again later."));
    }
  });

  seed();
  if (journal) attachJournal(store, journal);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.port, config.host, resolve);
  });
  boundPort = (server.address() as AddressInfo).port;
  const refresher = startRefresher(context, {
    intervalMs: config.refreshIntervalMs,
    renewalLeadDays: config.renewalLeadDays,
  });

  return {
    url: `http://${config.host}:${boundPort}`,
    context,
    close: () =>
      new Promise((resolve) => {
        refresher.stop();
        server.closeAllConnections();
        server.close(() => {
          journal?.close();
          resolve();
        });
      }),
  };
}
