import "server-only";
import pg from "pg";
import { retryDelayMs } from "@/lib/axle/retry-delay";
import { decodeLiveChange, type LiveChange, mergeLiveChanges } from "@/lib/live/live-change";
import { env } from "../env";
import { log } from "../log";
import { liveChannel } from "./notify-borrowers-changed";

// One LISTEN connection per web process, shared by every open page: the streams of /api/live subscribe here,
// so 50 open pages cost the database one idle connection, not 50. The connection is a plain `pg` client of its
// own (Prisma's pool would hand it back and lose the LISTEN); it starts with the first subscriber and stays.

/** How the connection names itself in `pg_stat_activity`. */
export const liveApplicationName = "coverwatch-live";

type Subscriber = (change: LiveChange) => void;

export type LiveHub = {
  /** Calls `onChange` for every committed change (merged over `coalesceMs`); returns the unsubscribe. */
  subscribe(onChange: Subscriber): () => void;
  /** Resolves once the LISTEN is in place (at once when it already is). */
  listening(): Promise<void>;
  subscriberCount(): number;
  stop(): Promise<void>;
};

type HubOptions = {
  databaseUrl: string;
  /** Notifications arriving this close together reach subscribers as one change. */
  coalesceMs?: number;
  /** Waits between reconnection attempts: exponential with full jitter, capped. */
  reconnect?: { baseDelayMs: number; maxDelayMs: number };
};

export function createLiveHub({
  databaseUrl,
  coalesceMs = 100,
  reconnect = { baseDelayMs: 500, maxDelayMs: 30_000 },
}: HubOptions): LiveHub {
  const subscribers = new Set<Subscriber>();
  let client: pg.Client | null = null;
  let isStarted = false;
  let isStopped = false;
  let isListening = false;
  let hasListened = false;
  let failedAttempts = 0;
  let waiters: (() => void)[] = [];
  let pending: LiveChange | null = null;
  let flushTimer: NodeJS.Timeout | null = null;
  let retryTimer: NodeJS.Timeout | null = null;

  const flush = () => {
    flushTimer = null;
    const change = pending;
    pending = null;
    if (change === null) return;
    for (const subscriber of subscribers) {
      try {
        subscriber(change);
      } catch (error) {
        log.error("live update subscriber failed", { err: error as Error });
      }
    }
  };
  const publish = (change: LiveChange) => {
    pending = mergeLiveChanges(pending, change);
    flushTimer ??= setTimeout(flush, coalesceMs);
  };

  const connect = async () => {
    retryTimer = null;
    const next = new pg.Client({
      connectionString: databaseUrl,
      application_name: liveApplicationName,
      // The connection is silent while nothing changes: TCP keep-alives notice a dead peer without a query.
      keepAlive: true,
      keepAliveInitialDelayMillis: 30_000,
    });
    client = next;
    const retry = (reason: string) => {
      if (client !== next) return;
      client = null;
      isListening = false;
      next.end().catch(() => {});
      if (isStopped) return;
      failedAttempts++;
      const delay = retryDelayMs({ attempt: failedAttempts, policy: { maxAttempts: 0, ...reconnect } });
      log.warn("live updates lost their database connection; reconnecting", { reason, delayMs: delay });
      retryTimer = setTimeout(() => void connect(), delay);
      retryTimer.unref();
    };
    next.on("notification", (message) => {
      if (message.channel === liveChannel) publish(decodeLiveChange(message.payload ?? "*"));
    });
    next.on("error", (error) => retry(error.message));
    next.on("end", () => retry("connection ended"));
    try {
      await next.connect();
      await next.query(`LISTEN ${liveChannel}`);
    } catch (error) {
      retry((error as Error).message);
      return;
    }
    if (client !== next) return;
    isListening = true;
    failedAttempts = 0;
    // Changes committed while nobody listened are unknown: every open page refreshes once.
    if (hasListened) publish("*");
    hasListened = true;
    for (const resolve of waiters) resolve();
    waiters = [];
  };

  const start = () => {
    if (isStarted || isStopped) return;
    isStarted = true;
    void connect();
  };

  return {
    subscribe(onChange) {
      subscribers.add(onChange);
      start();
      return () => {
        subscribers.delete(onChange);
      };
    },
    listening() {
      start();
      return isListening ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve));
    },
    subscriberCount: () => subscribers.size,
    async stop() {
      isStopped = true;
      if (retryTimer) clearTimeout(retryTimer);
      if (flushTimer) clearTimeout(flushTimer);
      subscribers.clear();
      const current = client;
      client = null;
      isListening = false;
      await current?.end().catch(() => {});
    },
  };
}

const globalForLive = globalThis as unknown as { coverwatchLiveHub?: LiveHub };

/** This process's hub (one per process, whichever bundle asks; reused across hot reloads in development). */
export function getLiveHub(): LiveHub {
  globalForLive.coverwatchLiveHub ??= createLiveHub({ databaseUrl: env.DATABASE_URL });
  return globalForLive.coverwatchLiveHub;
}
