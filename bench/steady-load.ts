// An open-loop load at a fixed rate: one request every 1/rate seconds, each sent on time whether or not the
// earlier ones were answered, and timed from when it was due (so a stalled server cannot hide its queue, the
// "coordinated omission" a closed loop suffers). autocannon's own rate limit sends each second's requests in one
// burst at the start of the second, which measures bursts rather than a steady stream.
import { setTimeout as sleep } from "node:timers/promises";

export type SteadyLoadResult = {
  sent: number;
  /** Requests not answered with a 2xx, or not answered at all. */
  failed: number;
  /** Every request's time from when it was due to its answer, in ms, sorted ascending. */
  latencies: number[];
};

export async function steadyLoad(options: {
  rate: number;
  seconds: number;
  send: () => Promise<Response>;
}): Promise<SteadyLoadResult> {
  const intervalMs = 1000 / options.rate;
  const total = Math.round(options.rate * options.seconds);
  const startedAt = performance.now();
  const latencies: number[] = [];
  let failed = 0;
  const inFlight: Promise<void>[] = [];
  for (let index = 0; index < total; index++) {
    const dueAt = startedAt + index * intervalMs;
    const wait = dueAt - performance.now();
    if (wait > 0) await sleep(wait);
    inFlight.push(
      options
        .send()
        .then(async (response) => {
          await response.arrayBuffer();
          if (!response.ok) failed++;
        })
        .catch(() => {
          failed++;
        })
        .finally(() => {
          latencies.push(performance.now() - dueAt);
        }),
    );
  }
  await Promise.all(inFlight);
  return { sent: total, failed, latencies: latencies.sort((a, b) => a - b) };
}
