// Live updates on a real PostgreSQL: what a committed change tells the open pages (and what a rolled-back one
// never does), 50 open streams on one LISTEN connection, a cut connection, and a stream whose session ended.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LiveChange } from "@/lib/live/live-change";
import type { LiveHub } from "@/lib/server/live/live-hub";
import { type Harness, startServerHarness } from "../support/server-harness";

let harness: Harness;
beforeAll(async () => {
  harness = await startServerHarness();
});
afterAll(async () => {
  const { getLiveHub } = await import("@/lib/server/live/live-hub");
  await getLiveHub().stop();
  await harness.close();
});

/** A hub of its own, recording every change it delivers, with a way to wait for one that matches. */
async function recordingHub() {
  const { createLiveHub } = await import("@/lib/server/live/live-hub");
  const hub = createLiveHub({ databaseUrl: process.env.DATABASE_URL ?? "" });
  const changes: LiveChange[] = [];
  const waiters: { matches: (change: LiveChange) => boolean; resolve: () => void }[] = [];
  hub.subscribe((change) => {
    changes.push(change);
    for (const waiter of waiters.filter((w) => w.matches(change))) waiter.resolve();
  });
  /** Resolves on a change that matches, among those delivered from index `from` on. */
  const waitFor = (matches: (change: LiveChange) => boolean, from = 0) =>
    changes.slice(from).some(matches)
      ? Promise.resolve()
      : new Promise<void>((resolve) => waiters.push({ matches, resolve }));
  await hub.listening();
  return { hub, changes, waitFor };
}

const names = (id: string) => (change: LiveChange) => change !== "*" && change.includes(id);

async function createBorrower() {
  const loanReference = `LN-${randomBytes(4).toString("hex")}`;
  const borrower = await harness.db.borrower.create({
    data: { firstName: "Robin", lastName: "Live", email: `${loanReference}@example.com`, loanReference },
  });
  return borrower.id;
}

async function refreshInTransaction(borrowerIds: string[], { rollBack = false } = {}) {
  const { refreshComplianceStatus } = await import("@/lib/server/compliance/refresh-compliance-status");
  await harness.db.$transaction(async (tx) => {
    await refreshComplianceStatus(tx, borrowerIds);
    if (rollBack) throw new Error("rolled back");
  });
}

/** The events of a Server-Sent Events body, read as they arrive. */
function eventReader(response: Response) {
  const reader = response.body?.getReader();
  if (!reader) throw new Error("no body");
  const decoder = new TextDecoder();
  let buffer = "";
  return {
    /** The next event (comments and `retry:` skipped) of this name, the ones before it dropped. */
    async next(name: string): Promise<{ event: string; data: string }> {
      for (;;) {
        const end = buffer.indexOf("\n\n");
        if (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const field = (key: string) =>
            block
              .split("\n")
              .find((line) => line.startsWith(`${key}: `))
              ?.slice(key.length + 2);
          const event = field("event");
          if (event === name) return { event, data: field("data") ?? "" };
          continue;
        }
        const { value, done } = await reader.read();
        if (done) throw new Error(`the stream ended before a "${name}" event`);
        buffer += decoder.decode(value, { stream: true });
      }
    },
    /** Resolves when the server has ended the stream. */
    async ended(): Promise<void> {
      for (;;) if ((await reader.read()).done) return;
    },
  };
}

describe("live updates", () => {
  // First, while no other hub of this file is connected: the count below is of this process's own.
  it("50 open streams share one LISTEN connection, each hears a change, and each unsubscribes on abort", async () => {
    const { getLiveHub, liveApplicationName } = await import("@/lib/server/live/live-hub");
    const { openLiveStream } = await import("@/lib/server/live/open-live-stream");
    const hub: LiveHub = getLiveHub();
    const streams = Array.from({ length: 50 }, () => {
      const abort = new AbortController();
      const response = openLiveStream({
        hub,
        signal: abort.signal,
        heartbeatMs: 60_000,
        isStillSignedIn: async () => true,
      });
      return { abort, response, events: eventReader(response) };
    });
    expect(streams[0]?.response.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
    await Promise.all(streams.map((stream) => stream.events.next("ready")));

    const listeners = await harness.db.$queryRaw<{ count: bigint }[]>`
      SELECT count(*) AS count FROM pg_stat_activity
      WHERE application_name = ${liveApplicationName} AND datname = current_database()`;
    expect(Number(listeners[0]?.count)).toBe(1);

    const borrowerId = await createBorrower();
    await refreshInTransaction([borrowerId]);
    const heard = await Promise.all(streams.map((stream) => stream.events.next("change")));
    expect(new Set(heard.map((event) => JSON.parse(event.data).borrowerIds[0]))).toEqual(
      new Set([borrowerId]),
    );

    expect(hub.subscriberCount()).toBe(50);
    for (const stream of streams) stream.abort.abort();
    await Promise.all(streams.map((stream) => stream.events.ended()));
    expect(hub.subscriberCount()).toBe(0);
  });

  it("a change tells the listener its borrowers when it commits, and a rolled-back one never does", async () => {
    const { hub, changes, waitFor } = await recordingHub();
    // A real operation: connecting a borrower through the twin refreshes their status as it commits.
    const { borrowerId: connected } = await harness.connectBorrower();
    await waitFor(names(connected));

    const [rolledBack, committed] = [await createBorrower(), await createBorrower()];
    await expect(refreshInTransaction([rolledBack], { rollBack: true })).rejects.toThrow("rolled back");
    await refreshInTransaction([committed]);
    await waitFor(names(committed));
    // Notifications arrive in commit order: had the rolled-back one been sent, it would be here already.
    expect(changes.filter(names(rolledBack))).toEqual([]);
    expect(changes).not.toContain("*");
    await hub.stop();
  });

  it("what moves no status still reaches the open pages: a comment, an assignment, a request to reconnect", async () => {
    const { commentOnViolation } = await import("@/lib/server/violations/act-on-violation");
    const { assignViolation } = await import("@/lib/server/violations/assign-violation");
    const { requestReconnect } = await import("@/lib/server/outreach/request-reconnect");
    const { hub, changes, waitFor } = await recordingHub();
    const borrowerId = await createBorrower();
    const violation = await harness.db.violation.create({
      data: {
        borrowerId,
        ruleKey: "policy-active",
        severity: "HIGH",
        outcome: "FAIL",
        message: "The policy is not active.",
        evidence: { required: "active", found: "cancelled" },
        liveKey: `${borrowerId}:policy-active`,
      },
    });
    const actor = harness.admin;
    const actions = [
      () => commentOnViolation({ violationId: violation.id, body: "Called the borrower.", actor }),
      () => assignViolation({ violationId: violation.id, change: { assigneeId: actor.id }, actor }),
      () => requestReconnect({ borrowerId, violationId: violation.id, actor }),
    ];
    for (const act of actions) {
      const from = changes.length;
      await act();
      await waitFor(names(borrowerId), from);
    }
    await hub.stop();
  });

  it("names too many borrowers for one notification as everything", async () => {
    const { hub, waitFor } = await recordingHub();
    const many = await Promise.all(Array.from({ length: 400 }, () => createBorrower()));
    await refreshInTransaction(many);
    await waitFor((change) => change === "*");
    await hub.stop();
  });

  it("after its connection is cut, the hub listens again and tells open pages to refresh everything", async () => {
    const { hub, waitFor } = await recordingHub();
    const { liveApplicationName } = await import("@/lib/server/live/live-hub");
    const terminated = await harness.db.$queryRaw<{ done: boolean }[]>`
      SELECT pg_terminate_backend(pid) AS done FROM pg_stat_activity
      WHERE application_name = ${liveApplicationName} AND datname = current_database()`;
    expect(terminated.length).toBeGreaterThan(0);
    // Whatever committed while it was away is unknown: "*".
    await waitFor((change) => change === "*");
    const borrowerId = await createBorrower();
    await refreshInTransaction([borrowerId]);
    await waitFor(names(borrowerId));
    await hub.stop();
  });

  it("a stream whose session has ended says so at the next change and closes", async () => {
    const { createLiveHub } = await import("@/lib/server/live/live-hub");
    const { openLiveStream } = await import("@/lib/server/live/open-live-stream");
    const { startUserSession, endUserSession, findSessionUser } = await import("@/lib/server/auth/sessions");
    const hub = createLiveHub({ databaseUrl: process.env.DATABASE_URL ?? "" });
    const sessionId = await startUserSession(harness.admin.id);
    const abort = new AbortController();
    const events = eventReader(
      openLiveStream({
        hub,
        signal: abort.signal,
        heartbeatMs: 60_000,
        isStillSignedIn: async () =>
          (await findSessionUser({ userId: harness.admin.id, sessionId })) !== null,
        recheckSessionMs: 0,
      }),
    );
    await events.next("ready");
    const first = await createBorrower();
    await refreshInTransaction([first]);
    expect(JSON.parse((await events.next("change")).data)).toEqual({ borrowerIds: [first] });

    await endUserSession(sessionId);
    await refreshInTransaction([await createBorrower()]);
    await events.next("signed-out");
    await events.ended();
    expect(hub.subscriberCount()).toBe(0);
    await hub.stop();
  });
});
