import pg from "pg";
import { readFileSync } from "node:fs";
import { generateBatch } from "@/lib/seed/generate-batch";
import { insertRows } from "@/lib/seed/insert-rows";
import { insertOrder, tables } from "@/lib/seed/tables";
import { defaultProfileVersion } from "@/lib/seed/default-profile-version";
const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
await client.connect();
await client.query("SET TIME ZONE 'UTC'; SET synchronous_commit = off");
const ctx = { seed: 1, now: new Date(), carriers: ["state-farm","geico","progressive","allstate","usaa","liberty-mutual"], profile: await defaultProfileVersion(client), actorId: null };
const be = (await client.query("select pg_backend_pid() p")).rows[0].p;
const cpu = () => { const f = readFileSync(`/proc/${be}/stat`, "utf8").split(" "); return (Number(f[13]) + Number(f[14])) * 10; };
for (const role of ["origin", "replica", "origin", "replica"]) {
  await client.query(`SET session_replication_role = ${role}`);
  const batch = generateBatch(ctx, 900000, 5000);
  const json = Object.fromEntries(insertOrder.map((n) => [n, JSON.stringify(batch[n])]));
  await client.query("BEGIN");
  const c0 = cpu(); const t = performance.now();
  const per: string[] = [];
  for (const name of insertOrder) { const c = cpu(); await insertRows(client, tables[name], json[name]); per.push(`${name} ${cpu() - c}`); }
  console.log(role, "pg cpu", cpu() - c0, "wall", (performance.now() - t).toFixed(0), per.join(", "));
  await client.query("ROLLBACK");
}
await client.end();
