import pg from "pg";
import { generateBatch } from "@/lib/seed/generate-batch";
import { insertRows } from "@/lib/seed/insert-rows";
import { insertOrder, tables } from "@/lib/seed/tables";
import { defaultProfileVersion } from "@/lib/seed/default-profile-version";
const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
await client.connect();
await client.query("SET TIME ZONE 'UTC'; SET synchronous_commit = off");
const ctx = { seed: 1, now: new Date(), carriers: ["state-farm","geico","progressive","allstate","usaa","liberty-mutual"], profile: await defaultProfileVersion(client), actorId: null };
for (let b = 0; b < 2; b++) {
  let t = performance.now(); const c0 = process.cpuUsage();
  const batch = generateBatch(ctx, 900000 + b * 5000, 5000);
  console.log("gen", (performance.now() - t).toFixed(0), "ms cpu", (process.cpuUsage(c0).user/1000).toFixed(0));
  await client.query("BEGIN");
  for (const name of insertOrder) {
    t = performance.now(); const c = process.cpuUsage();
    const be = (await client.query("select pg_backend_pid() p")).rows[0].p;
    const before = (await import("node:fs")).readFileSync(`/proc/${be}/stat`, "utf8").split(" ");
    await insertRows(client, tables[name], batch[name] as any);
    const after = (await import("node:fs")).readFileSync(`/proc/${be}/stat`, "utf8").split(" ");
    console.log(name.padEnd(16), batch[name].length, "wall", (performance.now() - t).toFixed(0), "node cpu", (process.cpuUsage(c).user/1000).toFixed(0), "pg cpu", (Number(after[13]) + Number(after[14]) - Number(before[13]) - Number(before[14])) * 10);
  }
  await client.query("ROLLBACK");
}
await client.end();
