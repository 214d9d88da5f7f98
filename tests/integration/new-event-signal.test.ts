// The workers' wake-up on a real PostgreSQL: a stored event signals the listeners when its transaction
// commits (never on rollback), and a listener whose connection is cut reconnects and hears the next one.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startServerHarness } from "../support/server-harness";

let harness: Harness;
beforeAll(async () => {
  harness = await startServerHarness();
});
afterAll(() => harness.close());

/** A listener that counts signals, and a way to wait for the count to reach a number. */
async function countingListener() {
  const { listenForNewEvents } = await import("@/lib/server/jobs/new-event-signal");
  let count = 0;
  const waiters: { atLeast: number; resolve: () => void }[] = [];
  const listener = listenForNewEvents(() => {
    count++;
    for (const waiter of waiters.filter((w) => count >= w.atLeast)) waiter.resolve();
  });
  const reach = (atLeast: number) =>
    count >= atLeast
      ? Promise.resolve()
      : new Promise<void>((resolve, reject) => {
          waiters.push({ atLeast, resolve });
          setTimeout(() => reject(new Error(`${count} signals, waited for ${atLeast}`)), 10_000).unref();
        });
  return { listener, reach, count: () => count };
}

async function commitSignal() {
  const { newEventSignal } = await import("@/lib/server/jobs/new-event-signal");
  await harness.db.$transaction((tx) => tx.$executeRawUnsafe(newEventSignal));
}

describe("new-event signal", () => {
  it("reaches the listener when the storing transaction commits, and not when it rolls back", async () => {
    const { newEventSignal } = await import("@/lib/server/jobs/new-event-signal");
    const { listener, reach } = await countingListener();
    await reach(1); // the signal a listener gives itself once it is listening
    // A second listener of our own on the channel, which can tell a marker apart from the signals.
    const heard: string[] = [];
    const raw = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await raw.connect();
    let markerHeard = () => {};
    const marker = new Promise<void>((resolve) => {
      markerHeard = resolve;
    });
    raw.on("notification", ({ payload }) => {
      heard.push(payload || "signal");
      if (payload === "marker") markerHeard();
    });
    await raw.query("LISTEN coverwatch_new_webhook_event");

    await expect(
      harness.db.$transaction(async (tx) => {
        await tx.$executeRawUnsafe(newEventSignal);
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    await commitSignal();
    await harness.db.$executeRaw`SELECT pg_notify('coverwatch_new_webhook_event', 'marker')`;
    await marker;
    // Notifications arrive in commit order: once the marker, committed last, has arrived, everything before it
    // has too. The rolled-back signal never came; the committed one did, and reached the app's listener.
    expect(heard).toEqual(["signal", "marker"]);
    await reach(2);
    await raw.end();
    await listener.stop();
  });

  it("reconnects after its connection is cut, and hears the next event", async () => {
    const { listener, reach } = await countingListener();
    await reach(1);
    const terminated = await harness.db.$queryRaw<{ pid: number }[]>`
      SELECT pg_terminate_backend(pid) AS pid FROM pg_stat_activity
      WHERE query LIKE 'LISTEN coverwatch_new_webhook_event%' AND pid <> pg_backend_pid()`;
    expect(terminated).toHaveLength(1);
    await reach(2); // listening again
    await commitSignal();
    await reach(3);
    await listener.stop();
  });
});
