// Posts events to the `webhookUri` of the Ignition session, with the custom secret header Axle is configured
// to send (Axle's API reference). At least once: retried with exponential backoff until a 2xx, a
// timeout counting as a failure. Delivery faults (drop, duplicate, reorder) come from faults.ts.
import type { FaultConfig } from "./faults";
import { newId } from "./ids";
import type { Random } from "./random";
import type { TwinStore } from "./store";
import type { AccessGrant, IgnitionSession, WebhookDelivery } from "./types";

export type WebhookSender = {
  send(url: string, type: string, data: Record<string, unknown>): void;
  /** Resolves when every delivery started so far has succeeded or given up (tests; shutdown). */
  idle(): Promise<void>;
};

type SenderOptions = {
  store: TwinStore;
  header: string;
  secret: string;
  faults: () => FaultConfig;
  random: Random;
  maxAttempts?: number;
  baseDelayMs?: number;
  timeoutMs?: number;
};

const keptDeliveries = 2_000;

export function createWebhookSender(options: SenderOptions): WebhookSender {
  const {
    store,
    header,
    secret,
    faults,
    random,
    maxAttempts = 6,
    baseDelayMs = 250,
    timeoutMs = 10_000,
  } = options;
  const inFlight = new Set<Promise<void>>();
  let held: { url: string; body: string; delivery: WebhookDelivery }[] = [];
  let flushTimer: NodeJS.Timeout | null = null;

  function track(work: Promise<void>) {
    const running = work.finally(() => inFlight.delete(running));
    inFlight.add(running);
  }

  function record(delivery: WebhookDelivery) {
    store.deliveries.push(delivery);
    if (store.deliveries.length > keptDeliveries)
      store.deliveries.splice(0, store.deliveries.length - keptDeliveries);
  }

  async function deliver(url: string, body: string, delivery: WebhookDelivery) {
    while (delivery.attempts < maxAttempts) {
      delivery.attempts += 1;
      try {
        const response = await fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json", [header]: secret },
          body,
          signal: AbortSignal.timeout(timeoutMs),
        });
        delivery.lastStatus = response.status;
        delivery.lastError = response.ok ? null : `receiver answered ${response.status}`;
        await response.arrayBuffer().catch(() => undefined);
        if (response.ok) {
          delivery.deliveredAt = new Date().toISOString();
          return;
        }
      } catch (error) {
        delivery.lastStatus = null;
        delivery.lastError =
          (error as Error).name === "TimeoutError"
            ? `no answer within ${timeoutMs} ms`
            : (error as Error).message;
      }
      if (delivery.attempts < maxAttempts)
        await new Promise((resolve) => setTimeout(resolve, baseDelayMs * 2 ** (delivery.attempts - 1)));
    }
  }

  function flushHeld() {
    flushTimer = null;
    const batch = held.reverse();
    held = [];
    track(
      (async () => {
        for (const item of batch) await deliver(item.url, item.body, item.delivery);
      })(),
    );
  }

  return {
    send(url, type, data) {
      const event = { id: newId("evt"), type, data, createdAt: new Date().toISOString() };
      const body = JSON.stringify(event);
      const newDelivery = (): WebhookDelivery => ({
        eventId: event.id,
        type,
        url,
        attempts: 0,
        lastStatus: null,
        lastError: null,
        deliveredAt: null,
      });
      const { deliveries: fault } = faults();

      const delivery = newDelivery();
      record(delivery);
      if (fault.dropRate > 0 && random() < fault.dropRate) {
        delivery.fault = "dropped";
        return;
      }
      const copies = [delivery];
      if (fault.duplicateRate > 0 && random() < fault.duplicateRate) {
        const duplicate = { ...newDelivery(), fault: "duplicated" as const };
        record(duplicate);
        copies.push(duplicate);
      }
      for (const copy of copies) {
        if (fault.reorderWindowMs > 0) {
          copy.fault ??= "reordered";
          held.push({ url, body, delivery: copy });
          flushTimer ??= setTimeout(flushHeld, fault.reorderWindowMs);
        } else {
          track(deliver(url, body, copy));
        }
      }
    },
    async idle() {
      while (inFlight.size > 0 || flushTimer) {
        if (flushTimer) await new Promise((resolve) => setTimeout(resolve, 10));
        else await Promise.all([...inFlight]);
      }
    },
  };
}

/** The part of `data` every event carries: who the session was for. */
export function sessionContext(
  clientId: string,
  source: Pick<IgnitionSession | AccessGrant, "user" | "metadata">,
) {
  return { client: clientId, user: source.user ?? {}, metadata: source.metadata ?? {} };
}
