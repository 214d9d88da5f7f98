import { describe, expect, it } from "vitest";
import { limitConcurrency, mapWithConcurrency } from "./concurrency";

describe("mapWithConcurrency", () => {
  it("never runs more than the limit at once, keeps order, and collects failures", async () => {
    let running = 0;
    let peak = 0;
    const results = await mapWithConcurrency([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      running += 1;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running -= 1;
      if (n === 4) throw new Error("four");
      return n * 10;
    });
    expect(peak).toBe(3);
    expect(results.map((r) => (r instanceof Error ? r.message : r))).toEqual([
      10,
      20,
      30,
      "four",
      50,
      60,
      70,
    ]);
  });
});

describe("limitConcurrency", () => {
  it("runs at most the limit at once, in arrival order, and frees a slot when a call fails", async () => {
    const limited = limitConcurrency(2);
    let running = 0;
    let most = 0;
    const started: number[] = [];
    // Running calls wait here to be released; the test waits for a call to be waiting, never for time.
    const releases: (() => void)[] = [];
    let onWaiting: (() => void) | null = null;
    const aCallIsWaiting = () =>
      releases.length > 0 ? Promise.resolve() : new Promise<void>((resolve) => (onWaiting = resolve));
    const calls = Array.from({ length: 6 }, (_, index) =>
      limited(async () => {
        started.push(index);
        running++;
        most = Math.max(most, running);
        await new Promise<void>((resolve) => {
          releases.push(resolve);
          onWaiting?.();
          onWaiting = null;
        });
        running--;
        if (index === 1) throw new Error("this one fails");
        return index;
      }),
    );
    // Settled from the start, so the one failure is awaited (not reported unhandled) while the others run.
    const settled = Promise.allSettled(calls);
    // Release whoever is running, one at a time, until all six have run.
    for (let released = 0; released < 6; released++) {
      await aCallIsWaiting();
      releases.shift()?.();
    }
    const outcomes = await settled;
    expect(most).toBe(2);
    expect(started).toEqual([0, 1, 2, 3, 4, 5]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual([
      "fulfilled",
      "rejected",
      "fulfilled",
      "fulfilled",
      "fulfilled",
      "fulfilled",
    ]);
  });
});
