// Posts events to the `webhookUri` of the Ignition session, with the custom secret header Axle is configured
// to send (../shared/axle-api.md §6.4). At-least-once: retried with exponential backoff until a 2xx.
import { newId } from "./ids";
import type { TwinStore } from "./store";
import type { AccessGrant, IgnitionSession, WebhookDelivery } from "./types";

export type WebhookSender = {
  send(url: string, type: string, data: Record<string, unknown>): WebhookDelivery;
  /** Resolves when every delivery started so far has succeeded or given up. */
  idle(): Promise<void>;
};

type SenderOptions = {
  store: TwinStore;
  header: string;
  secret: string;
  maxAttempts?: number;
  baseDelayMs?: number;
};

export function createWebhookSender({
  store,
  header,
  secret,
  maxAttempts = 6,
  baseDelayMs = 250,
}: SenderOptions) {
  const inFlight = new Set<Promise<void>>();

  async function deliver(url: string, body: string, delivery: WebhookDelivery) {
    while (delivery.attempts < maxAttempts) {
      delivery.attempts += 1;
      try {
        const response = await fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json", [header]: secret },
          body,
          signal: AbortSignal.timeout(10_000),
        });
        delivery.lastStatus = response.status;
        delivery.lastError = null;
        if (response.ok) {
          delivery.deliveredAt = new Date().toISOString();
          return;
        }
      } catch (error) {
        delivery.lastError = (error as Error).message;
      }
      await new Promise((resolve) => setTimeout(resolve, baseDelayMs * 2 ** (delivery.attempts - 1)));
    }
  }

  const sender: WebhookSender = {
    send(url, type, data) {
      const event = { id: newId("evt"), type, data, createdAt: new Date().toISOString() };
      const delivery: WebhookDelivery = {
        eventId: event.id,
        type,
        url,
        attempts: 0,
        lastStatus: null,
        lastError: null,
        deliveredAt: null,
      };
      store.deliveries.push(delivery);
      const running = deliver(url, JSON.stringify(event), delivery).finally(() => inFlight.delete(running));
      inFlight.add(running);
      return delivery;
    },
    async idle() {
      while (inFlight.size > 0) await Promise.all([...inFlight]);
    },
  };
  return sender;
}

/** The part of `data` every event carries: who the session was for. */
export function sessionContext(
  clientId: string,
  source: Pick<IgnitionSession | AccessGrant, "user" | "metadata">,
) {
  return { client: clientId, user: source.user ?? {}, metadata: source.metadata ?? {} };
}
