import "server-only";
import { type LiveChange, liveEventData } from "@/lib/live/live-change";
import type { LiveHub } from "./live-hub";

type StreamOptions = {
  hub: LiveHub;
  /** The request's signal: the stream ends and unsubscribes when the browser goes away. */
  signal: AbortSignal;
  /** A comment line this often keeps proxies and load balancers from closing an idle stream. */
  heartbeatMs: number;
  /** Re-checks the session before a change is sent, at most every `recheckSessionMs`, never while idle. */
  isStillSignedIn: () => Promise<boolean>;
  recheckSessionMs?: number;
  now?: () => number;
};

/** What the browser's EventSource waits before reconnecting after a dropped stream. */
const reconnectMs = 5_000;

/**
 * The Server-Sent Events of one open page: `ready` once this process listens for changes, a `change` naming
 * the borrowers of each committed change (or "*"), heartbeats meanwhile, and `signed-out` (then the end) when
 * the session has ended since the stream opened. Idle, a stream costs a timer and nothing in the database.
 */
export function openLiveStream({
  hub,
  signal,
  heartbeatMs,
  isStillSignedIn,
  recheckSessionMs = 60_000,
  now = Date.now,
}: StreamOptions): Response {
  const encoder = new TextEncoder();
  let close = () => {};

  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      let isClosed = false;
      let sessionCheckedAt = now();
      const send = (text: string) => {
        if (isClosed) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          close();
        }
      };
      const deliver = async (change: LiveChange) => {
        if (now() - sessionCheckedAt >= recheckSessionMs) {
          sessionCheckedAt = now();
          if (!(await isStillSignedIn().catch(() => true))) {
            send("event: signed-out\ndata: {}\n\n");
            close();
            return;
          }
        }
        send(`event: change\ndata: ${liveEventData(change)}\n\n`);
      };

      const unsubscribe = hub.subscribe((change) => void deliver(change));
      const heartbeat = setInterval(() => send(": heartbeat\n\n"), heartbeatMs);
      close = () => {
        if (isClosed) return;
        isClosed = true;
        clearInterval(heartbeat);
        unsubscribe();
        signal.removeEventListener("abort", close);
        try {
          controller.close();
        } catch {
          // already closed by the reader's side
        }
      };
      signal.addEventListener("abort", close);
      if (signal.aborted) close();

      send(`retry: ${reconnectMs}\n\n`);
      void hub.listening().then(() => send("event: ready\ndata: {}\n\n"));
    },
    cancel() {
      close();
    },
  });

  return new Response(body, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      // no-transform: neither Next's compression nor a proxy may hold events back to compress them.
      "cache-control": "no-cache, no-transform",
      "x-accel-buffering": "no",
    },
  });
}
