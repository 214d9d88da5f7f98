import "server-only";
import pg from "pg";
import { env } from "../env";
import { log } from "../log";

// Wakes the webhook workers the moment an event is stored, instead of at their next poll. The route raises a
// PostgreSQL NOTIFY inside the transaction that stores the event, so it is delivered exactly when the event
// and its job are committed. Polling stays on underneath: a lost connection or a pooler that drops
// LISTEN (PgBouncer in transaction mode) only makes the wake-up slower, never loses an event.

const channel = "coverwatch_new_webhook_event";
const reconnectDelayMs = 1_000;

/** Raised in the storing transaction: PostgreSQL sends it on commit, and not at all on rollback. */
export const newEventSignal = `NOTIFY ${channel}`;

/** Calls `onSignal` for each committed event, over a connection of its own; reconnects when it drops. */
export function listenForNewEvents(onSignal: () => void) {
  let client: pg.Client | null = null;
  let isStopped = false;

  const connect = async () => {
    const next = new pg.Client({ connectionString: env.DATABASE_URL });
    const retry = () => {
      if (client !== next) return;
      client = null;
      next.end().catch(() => {});
      if (!isStopped) setTimeout(() => void connect(), reconnectDelayMs).unref();
    };
    client = next;
    next.on("notification", onSignal);
    next.on("error", (error) => {
      log.warn("new-event listener lost its connection; polling until it is back", { err: error });
      retry();
    });
    next.on("end", retry);
    try {
      await next.connect();
      await next.query(`LISTEN ${channel}`);
      // Events stored while we were not listening are picked up now rather than at the next poll.
      onSignal();
    } catch (error) {
      log.warn("new-event listener could not connect; polling until it can", {
        err: error as Error,
      });
      retry();
    }
  };

  void connect();
  return {
    stop: async () => {
      isStopped = true;
      const current = client;
      client = null;
      await current?.end().catch(() => {});
    },
  };
}
