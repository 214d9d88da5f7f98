import "server-only";
import { Gauge } from "prom-client";
import { db } from "../db";
import { queueNames } from "../jobs/queue";
import { defineMetric, metricsRegistry } from "./registry";
import { scrapeRead } from "./scrape-read";

// The job queue as pg-boss's own table has it, so every process reports the same numbers. Only jobs waiting or
// running are read: pg-boss's fetch index covers the waiting ones, and finished jobs (thousands, until pg-boss
// archives them) are left alone.

const states = ["created", "retry", "active"] as const;

type QueueRow = { name: string; state: string; jobs: number; oldestDueSeconds: number | null };

const readQueues = scrapeRead(
  "queue",
  () =>
    db.$queryRaw<QueueRow[]>`
    SELECT name, state::text AS state, count(*)::int AS jobs,
      extract(epoch FROM now() - min(start_after) FILTER (WHERE state < 'active' AND start_after <= now()))::float8
        AS "oldestDueSeconds"
    FROM pgboss.job
    WHERE state <= 'active'
    GROUP BY name, state`,
);

const knownQueues: string[] = Object.values(queueNames);

defineMetric(
  "queue_jobs",
  (name) =>
    new Gauge({
      name,
      help: "Jobs per queue waiting (created, retry) or running (active).",
      labelNames: ["queue", "state"] as const,
      registers: [metricsRegistry()],
      async collect() {
        this.reset();
        const rows = await readQueues();
        if (!rows) return;
        // Every known queue appears, idle ones at 0, so a dashboard or alert sees the queue rather than no data.
        for (const queue of knownQueues) for (const state of states) this.set({ queue, state }, 0);
        for (const row of rows) this.set({ queue: row.name, state: row.state }, row.jobs);
      },
    }),
);

defineMetric(
  "queue_oldest_job_age_seconds",
  (name) =>
    new Gauge({
      name,
      // From the time the job was due (its start_after), not its creation: a retry waiting out its backoff is
      // not late, and one past its due time is.
      help: "Per queue, how long the oldest job due to run has waited for a worker (0 when none is waiting).",
      labelNames: ["queue"] as const,
      registers: [metricsRegistry()],
      async collect() {
        this.reset();
        const rows = await readQueues();
        if (!rows) return;
        const oldest = new Map<string, number>(knownQueues.map((queue) => [queue, 0]));
        for (const row of rows)
          oldest.set(row.name, Math.max(oldest.get(row.name) ?? 0, row.oldestDueSeconds ?? 0));
        for (const [queue, seconds] of oldest) this.set({ queue }, seconds);
      },
    }),
);
