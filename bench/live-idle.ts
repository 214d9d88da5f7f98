// Benchmark: do open pages cost the database anything while nothing changes? Live updates must not poll the
// database per client. In one run, on one stack (the web process runs its jobs too, as `npm start` does):
//  1. baseline: no stream open, the database's work over an idle window;
//  2. the same window with `--streams` signed-in /api/live streams open (heartbeats flowing);
//  3. the baseline again, streams closed, to show the noise between two windows with the same load.
// The database's work is read from pg_stat_database for the app's database (transactions committed, rows read),
// by a connection to another database so that the measuring itself does not count. Then one change is
// committed and its arrival timed on every stream.
//   npm run bench:live-idle -- [--streams 50] [--window 30] [--settle 15] [--heartbeat 5]
import { parseArgs } from "node:util";
import pg from "pg";
import { withDatabaseName } from "../ops/postgres/databases";
import { percentile, startBenchStack } from "./bench-stack";
import { signIn } from "./sign-in";

const { values } = parseArgs({
  options: {
    streams: { type: "string", default: "50" },
    window: { type: "string", default: "30" },
    settle: { type: "string", default: "15" },
    heartbeat: { type: "string", default: "5" },
  },
});
const streamCount = Number(values.streams);
const windowMs = Number(values.window) * 1000;
// PostgreSQL's backends report their counters when idle, up to ~10 s late: let each phase's own work land
// before the next window starts.
const settleMs = Number(values.settle) * 1000;
process.env.LIVE_HEARTBEAT_SECONDS = values.heartbeat;

type Counters = { commits: number; rollbacks: number; rowsRead: number };
type Window = Counters & { name: string; streams: number; heartbeats: number; connections: number };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const stack = await startBenchStack("live-idle", (line) => console.log(line));
const databaseName = new URL(stack.databaseUrl).pathname.slice(1);
const stats = new pg.Client({ connectionString: withDatabaseName(stack.databaseUrl, "postgres") });
const app = new pg.Client({ connectionString: stack.databaseUrl });
for (const client of [stats, app]) client.on("error", () => {}); // the server stops at the end
const streams: LiveStream[] = [];

try {
  await stats.connect();
  await app.connect();
  const admin = stack.firstAdmin;
  if (!admin) throw new Error("the fresh stack created no first admin");
  const jar = await signIn(stack.appUrl, admin);
  const cookie = jar.header();

  const counters = async (): Promise<Counters> => {
    const { rows } = await stats.query<{ commits: string; rollbacks: string; rows_read: string }>(
      `SELECT xact_commit AS commits, xact_rollback AS rollbacks, tup_returned + tup_fetched AS rows_read
       FROM pg_stat_database WHERE datname = $1`,
      [databaseName],
    );
    const row = rows[0];
    if (!row) throw new Error(`no statistics for database ${databaseName}`);
    return {
      commits: Number(row.commits),
      rollbacks: Number(row.rollbacks),
      rowsRead: Number(row.rows_read),
    };
  };
  const connections = async (applicationName?: string) => {
    const { rows } = await stats.query<{ count: string }>(
      `SELECT count(*) AS count FROM pg_stat_activity
       WHERE datname = $1 AND ($2::text IS NULL OR application_name = $2)`,
      [databaseName, applicationName ?? null],
    );
    return Number(rows[0]?.count ?? 0);
  };
  const measure = async (name: string): Promise<Window> => {
    const heartbeatsBefore = streams.reduce((sum, stream) => sum + stream.heartbeats, 0);
    const before = await counters();
    await sleep(windowMs);
    const after = await counters();
    return {
      name,
      streams: streams.filter((stream) => stream.isOpen).length,
      heartbeats: streams.reduce((sum, stream) => sum + stream.heartbeats, 0) - heartbeatsBefore,
      connections: await connections(),
      commits: after.commits - before.commits,
      rollbacks: after.rollbacks - before.rollbacks,
      rowsRead: after.rowsRead - before.rowsRead,
    };
  };

  // Warm up: the route compiled and the process's LISTEN connection up, then closed again.
  const warm = await openStream(stack.appUrl, cookie);
  await warm.ready;
  warm.close();
  await sleep(settleMs);

  const windows: Window[] = [];
  console.log(`Idle window 1: no stream open (${windowMs / 1000} s)…`);
  windows.push(await measure("baseline, no stream"));

  console.log(`Opening ${streamCount} streams…`);
  for (let i = 0; i < streamCount; i++) streams.push(await openStream(stack.appUrl, cookie));
  await Promise.all(streams.map((stream) => stream.ready));
  const listenConnections = await connections("coverwatch-live");
  await sleep(settleMs);
  console.log(`Idle window 2: ${streamCount} streams open (${windowMs / 1000} s)…`);
  windows.push(await measure(`${streamCount} streams open`));

  // One change, committed as every operation does it, timed to its arrival on each stream.
  const sentAt = performance.now();
  await app.query("SELECT pg_notify('coverwatch_changes', 'bench-borrower')");
  const latencies = (await Promise.all(streams.map((stream) => stream.nextChange()))).map(
    (arrivedAt) => arrivedAt - sentAt,
  );
  latencies.sort((a, b) => a - b);

  for (const stream of streams) stream.close();
  await sleep(settleMs);
  console.log(`Idle window 3: streams closed (${windowMs / 1000} s)…`);
  windows.push(await measure("baseline again, streams closed"));

  console.log(
    `\nLive updates, idle: ${streamCount} streams, windows of ${windowMs / 1000} s, heartbeat every ${values.heartbeat} s`,
  );
  console.log(
    `${"window".padEnd(34)} streams  heartbeats  commits  commits/s  rollbacks  rows read  connections`,
  );
  for (const w of windows)
    console.log(
      `${w.name.padEnd(34)} ${String(w.streams).padStart(7)} ${String(w.heartbeats).padStart(11)} ${String(w.commits).padStart(8)} ${(w.commits / (windowMs / 1000)).toFixed(2).padStart(10)} ${String(w.rollbacks).padStart(10)} ${String(w.rowsRead).padStart(10)} ${String(w.connections).padStart(12)}`,
    );
  const [first, open, last] = windows as [Window, Window, Window];
  const baseline = Math.max(first.commits, last.commits);
  const extra = open.commits - baseline;
  const noise = Math.abs(first.commits - last.commits);
  console.log(
    `\nLISTEN connections with ${streamCount} streams open: ${listenConnections} (goal: 1 per web process)`,
  );
  console.log(
    `Transactions with ${streamCount} streams open beyond the higher baseline: ${extra} (noise between the baselines: ${noise})`,
  );
  console.log(
    `A change reached all ${streamCount} streams: p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms, max ${(latencies.at(-1) ?? Number.NaN).toFixed(0)} ms`,
  );
  // Polling per client, even once per window, would add at least one transaction per stream.
  const isPass = listenConnections === 1 && extra < streamCount && open.heartbeats > 0;
  console.log(
    `Goal: one LISTEN connection, and fewer extra transactions than streams over the window (no per-client work): ${isPass ? "pass" : "FAIL"}`,
  );
  if (!isPass) process.exitCode = 1;
} catch (error) {
  console.error(`Benchmark failed: ${(error as Error).stack ?? error}`);
  process.exitCode = 1;
} finally {
  for (const stream of streams) stream.close();
  await stats.end().catch(() => {});
  await app.end().catch(() => {});
  await stack.stop();
}

type LiveStream = {
  ready: Promise<void>;
  heartbeats: number;
  isOpen: boolean;
  /** Resolves with performance.now() when the next `change` event arrives. */
  nextChange(): Promise<number>;
  close(): void;
};

/** One signed-in /api/live stream, read as it arrives: its heartbeats counted, its events noticed. */
async function openStream(appUrl: string, cookie: string): Promise<LiveStream> {
  const abort = new AbortController();
  const response = await fetch(new URL("/api/live", appUrl), {
    headers: { cookie, accept: "text/event-stream" },
    signal: abort.signal,
  });
  if (response.status !== 200 || !response.body)
    throw new Error(`GET /api/live answered ${response.status}: ${await response.text()}`);
  let markReady = () => {};
  const changeWaiters: ((at: number) => void)[] = [];
  const stream: LiveStream = {
    ready: new Promise<void>((resolve) => {
      markReady = resolve;
    }),
    heartbeats: 0,
    isOpen: true,
    nextChange: () => new Promise((resolve) => changeWaiters.push(resolve)),
    close() {
      stream.isOpen = false;
      abort.abort();
    },
  };
  void (async () => {
    const decoder = new TextDecoder();
    let buffer = "";
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (block.startsWith(": heartbeat")) stream.heartbeats++;
          else if (block.startsWith("event: ready")) markReady();
          else if (block.startsWith("event: change")) {
            const at = performance.now();
            for (const resolve of changeWaiters.splice(0)) resolve(at);
          }
        }
      }
    } catch {
      // aborted by close()
    }
    stream.isOpen = false;
  })();
  return stream;
}
