// Benchmark: the dashboard's pages at a real lender's size, in one run.
//  1. A fresh stack (embedded PostgreSQL, twin, `next start`) seeded by `npm run seed:scale`.
//  2. Signed in as the first admin through next-auth's credentials flow, each page fetched in full (warm-up
//     requests first): p50 / p95 time to the whole body, and the HTML's size. Next's near-empty
//     GET /api/health is timed the same way, as the framework's floor.
//  3. The whole list exported as CSV: time, bytes, rows, and how much the web process's memory grew meanwhile.
//   npm run bench:pages -- [--borrowers 100000] [--requests 20] [--warmup 3]
import { readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import { parseArgs } from "node:util";
import pg from "pg";
import { percentile, seedPortfolio, startBenchStack } from "./bench-stack";
import { type CookieJar, signIn } from "./sign-in";

const { values } = parseArgs({
  options: {
    borrowers: { type: "string", default: "100000" },
    requests: { type: "string", default: "20" },
    warmup: { type: "string", default: "3" },
  },
});
const borrowers = Number(values.borrowers);
const requests = Number(values.requests);
const warmup = Number(values.warmup);

const goals = { pageP95Ms: 300, pageBytes: 300 * 1024, exportMs: 15_000, exportRssBytes: 100 * 1024 * 1024 };

type Fetched = { status: number; ms: number; bytes: number; html: string };
type Timed = { status: number; p50: number; p95: number; bytes: number; html: string };
const notTimed: Timed = { status: 0, p50: Number.NaN, p95: Number.NaN, bytes: 0, html: "" };

const stack = await startBenchStack("pages", (line) => console.log(line));
const db = new pg.Client({ connectionString: stack.databaseUrl });
db.on("error", () => {}); // the server goes away at the end, while this client may still be open
try {
  await seedPortfolio(stack, borrowers);
  await db.connect();
  const admin = stack.firstAdmin;
  if (!admin) throw new Error("the fresh stack created no first admin");
  const jar = await signIn(stack.appUrl, admin);

  const get = async (pathAndQuery: string): Promise<Fetched> => {
    const startedAt = performance.now();
    const response = await fetch(new URL(pathAndQuery, stack.appUrl), {
      headers: { cookie: jar.header() },
      redirect: "manual",
    });
    const html = await response.text();
    return {
      status: response.status,
      ms: performance.now() - startedAt,
      bytes: Buffer.byteLength(html),
      html,
    };
  };
  const time = async (pathAndQuery: string): Promise<Timed> => {
    const first = await get(pathAndQuery);
    if (first.status !== 200) return { ...notTimed, status: first.status };
    for (let i = 1; i < warmup; i++) await get(pathAndQuery);
    const samples: number[] = [];
    let last = first;
    for (let i = 0; i < requests; i++) {
      last = await get(pathAndQuery);
      samples.push(last.ms);
    }
    samples.sort((a, b) => a - b);
    return { ...last, p50: percentile(samples, 50), p95: percentile(samples, 95) };
  };

  // What to ask for: real values from the seeded data.
  const sample = await db.query<{ loanReference: string; id: string }>(
    `SELECT "loanReference", id FROM "Borrower" WHERE "complianceStatus" = 'NON_COMPLIANT' ORDER BY "loanReference" OFFSET 100 LIMIT 1`,
  );
  const common = await db.query<{ lastName: string }>(
    `SELECT "lastName" FROM "Borrower" GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
  );
  const carrier = await db.query<{ carrier: string }>(
    `SELECT "primaryCarrier" AS carrier FROM "Borrower" WHERE "primaryCarrier" IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
  );
  const loanReference = sample.rows[0]?.loanReference ?? "LN-0000001";
  const fragment = (common.rows[0]?.lastName ?? "smith").slice(0, 3).toLowerCase();
  const carrierSlug = carrier.rows[0]?.carrier ?? "state-farm";

  const rows: { name: string; timed: Timed; note?: string }[] = [];
  const measure = async (name: string, pathAndQuery: string) => {
    const timed = await time(pathAndQuery);
    rows.push({ name, timed });
    return timed;
  };
  const floor = await measure("GET /api/health (Next's floor)", "/api/health");
  await measure("/ (overview)", "/");
  await measure("/borrowers", "/borrowers");
  await measure(`/borrowers?q=${loanReference}`, `/borrowers?q=${encodeURIComponent(loanReference)}`);
  await measure(`/borrowers?q=${fragment}`, `/borrowers?q=${encodeURIComponent(fragment)}`);
  await measure(
    `/borrowers?status=at-risk&carrier=${carrierSlug}&sort=expiration`,
    `/borrowers?status=at-risk&carrier=${encodeURIComponent(carrierSlug)}&sort=expiration`,
  );
  const deep = await followNext(get, "/borrowers?size=50", 199);
  const deepName = "/borrowers page 200 (cursor, size 50)";
  if ("url" in deep) rows.push({ name: deepName, timed: await time(deep.url) });
  else rows.push({ name: deepName, timed: { ...notTimed, status: deep.status }, note: deep.note });
  const record = `/borrowers/${sample.rows[0]?.id ?? "missing"}`;
  await measure("/borrowers/<id> (compliance tab)", record);
  for (const tab of ["policy", "timeline", "collateral", "outreach"]) {
    await measure(`/borrowers/<id>/${tab}`, `${record}/${tab}`);
  }
  await measure("/violations", "/violations");
  await measure("/violations?sort=severity&status=open", "/violations?sort=severity&status=open");
  await measure("/audit", "/audit");
  await measure("/settings/users", "/settings/users");
  const exported = await timeExport(stack.appUrl, jar, stack.web.process.pid);

  console.log(
    `\nPages benchmark: ${borrowers} borrowers, ${os.cpus().length} cores, ${requests} requests per page after ${warmup} warm-up`,
  );
  console.log(`${"page".padEnd(58)} status   p50 ms   p95 ms   HTML KB   goal`);
  for (const { name, timed, note } of rows) {
    const isFloor = timed === floor;
    const pass = timed.status === 200 && timed.p95 < goals.pageP95Ms && timed.bytes < goals.pageBytes;
    const verdict = isFloor
      ? "(floor)"
      : timed.status !== 200 || note
        ? `FAIL (${note ?? `status ${timed.status}`})`
        : pass
          ? "pass"
          : "FAIL";
    console.log(
      `${name.slice(0, 57).padEnd(58)} ${String(timed.status).padStart(6)} ${fmt(timed.p50, 8)} ${fmt(timed.p95, 8)} ${fmt(timed.bytes / 1024, 9, 1)}   ${verdict}`,
    );
  }
  console.log(`Goal per page: p95 < ${goals.pageP95Ms} ms and HTML < ${goals.pageBytes / 1024} KB.`);
  if (exported.status !== 200) {
    console.log(`\nGET /borrowers/export.csv: status ${exported.status}   FAIL`);
  } else {
    const pass = exported.ms < goals.exportMs && exported.rssGrowth < goals.exportRssBytes;
    console.log(
      `\nGET /borrowers/export.csv: ${(exported.ms / 1000).toFixed(1)} s, ${(exported.bytes / 1024 / 1024).toFixed(1)} MB, ${exported.rows} rows, web RSS +${(exported.rssGrowth / 1024 / 1024).toFixed(0)} MB (from ${(exported.rssBefore / 1024 / 1024).toFixed(0)} MB, ${exported.processes} process(es))   ${pass ? "pass" : "FAIL"}`,
    );
    console.log(
      `Goal: under ${goals.exportMs / 1000} s and RSS growth under ${goals.exportRssBytes / 1024 / 1024} MB.`,
    );
  }
} catch (error) {
  console.error(`Benchmark failed: ${(error as Error).stack ?? error}`);
  process.exitCode = 1;
} finally {
  await db.end().catch(() => {});
  await stack.stop();
}

function fmt(value: number, width: number, digits = 0) {
  return (Number.isNaN(value) ? "-" : value.toFixed(digits)).padStart(width);
}

/** Follows the list's "next" link `times` times: the URL of the page reached, or why it stopped. */
async function followNext(
  get: (url: string) => Promise<Fetched>,
  start: string,
  times: number,
): Promise<{ url: string } | { status: number; note: string }> {
  let url = start;
  for (let page = 1; page <= times; page++) {
    const fetched = await get(url);
    if (fetched.status !== 200)
      return { status: fetched.status, note: `page ${page}: status ${fetched.status}` };
    const next = nextHref(fetched.html);
    if (!next) return { status: fetched.status, note: `no next link on page ${page}` };
    url = next;
  }
  return { url };
}

function nextHref(html: string): string | null {
  const tag = html.match(/<a\b[^>]*data-testid="pagination-next"[^>]*>/)?.[0];
  const href = tag?.match(/\bhref="([^"]*)"/)?.[1];
  return href ? href.replaceAll("&amp;", "&") : null;
}

/** The export, streamed and counted, with the web server's memory sampled every 50 ms meanwhile. */
async function timeExport(appUrl: string, jar: CookieJar, webPid: number | undefined) {
  // `next start` may serve from a child process: measure the whole tree under the process we started.
  const tree = webPid ? processTree(webPid) : [];
  const rss = () => tree.reduce((sum, pid) => sum + rssOf(pid), 0);
  const rssBefore = rss();
  let peak = rssBefore;
  const sampler = setInterval(() => {
    peak = Math.max(peak, rss());
  }, 50);
  try {
    const startedAt = performance.now();
    const response = await fetch(new URL("/borrowers/export.csv", appUrl), {
      headers: { cookie: jar.header() },
      redirect: "manual",
    });
    let bytes = 0;
    let newlines = 0;
    const reader = response.status === 200 ? response.body?.getReader() : undefined;
    if (!reader) await response.arrayBuffer();
    for (let read = await reader?.read(); read && !read.done; read = await reader?.read()) {
      bytes += read.value.length;
      for (const byte of read.value) if (byte === 10) newlines++;
    }
    const ms = performance.now() - startedAt;
    peak = Math.max(peak, rss());
    // Rows: the lines after the header.
    return {
      status: response.status,
      ms,
      bytes,
      rows: Math.max(0, newlines - 1),
      rssBefore,
      rssGrowth: peak - rssBefore,
      processes: tree.length,
    };
  } finally {
    clearInterval(sampler);
  }
}

function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The parent pid is the 4th field after the parenthesised command name.
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // the process ended meanwhile
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i] as number) ?? []));
  return tree;
}

function rssOf(pid: number): number {
  try {
    const kb = readFileSync(`/proc/${pid}/status`, "utf8").match(/VmRSS:\s+(\d+)/)?.[1];
    return Number(kb ?? 0) * 1024;
  } catch {
    return 0;
  }
}
