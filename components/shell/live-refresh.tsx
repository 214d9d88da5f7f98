"use client";

import { CircleCheck, Loader2, RefreshCw } from "lucide-react";
import { useRouter } from "next/navigation";
import { type ReactNode, useEffect, useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { concernsPage, parseLiveEventData } from "@/lib/live/live-change";
import { isUserBusy } from "./is-user-busy";

// Keeps an open page current (docs/live-updates.md): listens to /api/live and refreshes the page's server data
// when a change concerns it, at most once every couple of seconds, never under a user in the middle of
// something (is-user-busy.ts), and on coming back to a hidden tab. Says so, politely, in one small corner.

/** A burst of changes becomes one refresh. */
const debounceMs = 300;
/** Never two refreshes closer than this. */
const minGapMs = 2_000;
/** A tab hidden this long gives its stream back (browsers allow few connections per host over HTTP/1.1). */
const hiddenGraceMs = 30_000;
const updatedShownMs = 5_000;
/** Waits before reconnecting a failed stream: doubling, with jitter, up to 5 minutes (a signed-out 401 too). */
const reconnectBaseMs = 5_000;
const reconnectMaxMs = 300_000;

type LiveState = "connecting" | "live" | "updated" | "waiting" | "reconnecting" | "paused";

type Props = {
  /** On a borrower's record: refresh only for changes to this borrower. Elsewhere: for any change. */
  borrowerId?: string;
};

export function LiveRefresh({ borrowerId }: Props) {
  const router = useRouter();
  const [state, setState] = useState<LiveState>("connecting");
  const [isRefreshing, startTransition] = useTransition();
  const isAwaitingRefresh = useRef(false);
  const refreshNow = useRef(() => {});

  useEffect(() => {
    let source: EventSource | null = null;
    let isStopped = false;
    let isPending = false;
    let needsRefreshOnReady = false;
    let failures = 0;
    let lastRefreshAt = 0;
    let refreshTimer: ReturnType<typeof setTimeout> | undefined;
    let reconnectTimer: ReturnType<typeof setTimeout> | undefined;
    let hiddenTimer: ReturnType<typeof setTimeout> | undefined;
    let busyObserver: MutationObserver | null = null;

    const refresh = () => {
      clearTimeout(refreshTimer);
      refreshTimer = undefined;
      stopWatchingBusy();
      isPending = false;
      lastRefreshAt = Date.now();
      isAwaitingRefresh.current = true;
      startTransition(() => router.refresh());
    };
    refreshNow.current = refresh;

    const schedule = () => {
      if (!isPending || isStopped || document.visibilityState === "hidden") return;
      if (isUserBusy(document)) {
        clearTimeout(refreshTimer);
        refreshTimer = undefined;
        setState("waiting");
        watchBusy();
        return;
      }
      stopWatchingBusy();
      if (refreshTimer !== undefined) return;
      const wait = Math.max(debounceMs, lastRefreshAt + minGapMs - Date.now());
      refreshTimer = setTimeout(() => {
        refreshTimer = undefined;
        if (document.visibilityState === "hidden" || isUserBusy(document)) schedule();
        else refresh();
      }, wait);
    };

    // While a refresh waits for the user, look again whenever they might have finished.
    const recheck = () => setTimeout(schedule, 0);
    const busyEvents = ["focusout", "input", "change", "submit", "reset", "keyup", "pointerup"] as const;
    function watchBusy() {
      if (busyObserver) return;
      for (const name of busyEvents) document.addEventListener(name, recheck, true);
      // Dialogs, menus and popovers are portals on <body>: closing one removes it.
      busyObserver = new MutationObserver(recheck);
      busyObserver.observe(document.body, { childList: true });
    }
    function stopWatchingBusy() {
      if (!busyObserver) return;
      for (const name of busyEvents) document.removeEventListener(name, recheck, true);
      busyObserver.disconnect();
      busyObserver = null;
    }

    const closeStream = () => {
      source?.close();
      source = null;
      needsRefreshOnReady = true;
    };
    const connect = () => {
      reconnectTimer = undefined;
      const stream = new EventSource("/api/live");
      source = stream;
      stream.addEventListener("ready", () => {
        failures = 0;
        setState((current) => (current === "connecting" || current === "reconnecting" ? "live" : current));
        // Whatever changed while the stream was down is unknown: refresh once.
        if (needsRefreshOnReady) {
          needsRefreshOnReady = false;
          isPending = true;
          schedule();
        }
      });
      stream.addEventListener("change", (event) => {
        if (!concernsPage(parseLiveEventData((event as MessageEvent<string>).data), borrowerId)) return;
        isPending = true;
        schedule();
      });
      stream.addEventListener("signed-out", () => {
        isStopped = true;
        closeStream();
        setState("paused");
      });
      // A dropped stream, the server restarting, or a refusal (401 once signed out): back off, try again.
      stream.onerror = () => {
        if (source !== stream) return;
        closeStream();
        if (isStopped) return;
        failures++;
        setState("reconnecting");
        const ceiling = Math.min(reconnectMaxMs, reconnectBaseMs * 2 ** (failures - 1));
        reconnectTimer = setTimeout(connect, ceiling * (0.5 + Math.random() / 2));
      };
    };

    const onVisibility = () => {
      if (document.visibilityState === "hidden") {
        hiddenTimer = setTimeout(() => {
          if (!source) return;
          closeStream();
          clearTimeout(reconnectTimer);
          reconnectTimer = undefined;
        }, hiddenGraceMs);
        return;
      }
      clearTimeout(hiddenTimer);
      if (!source && !isStopped && reconnectTimer === undefined) connect();
      schedule();
    };

    connect();
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      isStopped = true;
      source?.close();
      for (const timer of [refreshTimer, reconnectTimer, hiddenTimer]) clearTimeout(timer);
      stopWatchingBusy();
      document.removeEventListener("visibilitychange", onVisibility);
    };
  }, [borrowerId, router]);

  useEffect(() => {
    if (isRefreshing || !isAwaitingRefresh.current) return;
    isAwaitingRefresh.current = false;
    setState("updated");
    const timer = setTimeout(
      () => setState((current) => (current === "updated" ? "live" : current)),
      updatedShownMs,
    );
    return () => clearTimeout(timer);
  }, [isRefreshing]);

  return (
    <div
      role="status"
      aria-live="polite"
      data-testid="live-status"
      data-state={state}
      className="pointer-events-none fixed bottom-4 left-4 z-40 max-w-[calc(100vw-2rem)] lg:left-[calc(var(--spacing-sidebar)+1rem)]"
    >
      {state === "updated" && (
        <LivePill>
          <CircleCheck aria-hidden className="size-3.5 text-success" />
          Updated just now
        </LivePill>
      )}
      {state === "waiting" && (
        <LivePill>
          <RefreshCw aria-hidden className="size-3.5 text-info" />
          New changes: this page refreshes when you finish.
          <Button
            variant="link"
            className="pointer-events-auto h-auto px-0 text-xs"
            onClick={() => refreshNow.current()}
            data-testid="live-refresh-now"
          >
            Refresh now
          </Button>
        </LivePill>
      )}
      {state === "reconnecting" && (
        <LivePill>
          <Loader2 aria-hidden className="size-3.5 motion-safe:animate-spin" />
          Reconnecting live updates…
        </LivePill>
      )}
      {state === "paused" && <LivePill>Live updates stopped: sign in again to see changes.</LivePill>}
    </div>
  );
}

function LivePill({ children }: { children: ReactNode }) {
  return (
    <p className="flex flex-wrap items-center gap-x-2 gap-y-1 rounded-full border border-border bg-popover px-3 py-1.5 text-xs text-popover-foreground shadow-overlay">
      {children}
    </p>
  );
}
