import type { IncomingMessage } from "node:http";
import type { TwinConfig } from "./config";
import type { FaultConfig } from "./faults";
import { errors } from "./http";
import type { Random } from "./random";
import type { TwinStore } from "./store";
import type { AccessGrant } from "./types";
import type { WebhookSender } from "./webhooks";

/** What every route of the twin works with. */
export type TwinContext = {
  config: TwinConfig;
  store: TwinStore;
  webhooks: WebhookSender;
  /** Base URL of the hosted pages, e.g. http://localhost:4010. */
  publicUrl(): string;
  faults: { get(): FaultConfig; set(config: FaultConfig): void };
  /** Seeded randomness for fault decisions, so a run repeats. */
  faultRandom: Random;
  /** Back to the seeded state: the journal is emptied, faults cleared. */
  reset(): void;
  /** One background refresh now (what the schedule does); returns how many accounts were refreshed. */
  refresh(now?: Date): number;
};

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export function requireClient(context: TwinContext, req: IncomingMessage) {
  const clientId = header(req, "x-client-id");
  const clientSecret = header(req, "x-client-secret");
  if (clientId !== context.config.clientId || clientSecret !== context.config.clientSecret) {
    throw errors.unauthorized();
  }
  return clientId;
}

export function requireGrant(context: TwinContext, req: IncomingMessage): AccessGrant {
  const token = header(req, "x-access-token");
  if (!token) throw errors.unauthorized("Missing x-access-token");
  const grant = context.store.grants.get(token);
  if (!grant) throw errors.unauthorized("Invalid access token");
  return grant;
}

export function hasHeader(req: IncomingMessage, name: string): boolean {
  return header(req, name) !== undefined;
}
