// Demo data for a first local start against the twin: borrowers connected through the twin's real Ignition
// flow (over HTTP, as a borrower's browser would), so the dashboard has something to show. Run by the launcher
// once, right after it created the first admin on an empty database.

import { type RunQuery, todayRollupCounts, writeRollupHistory } from "@/lib/seed/rollup-history";
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";
import { startIgnitionForNewBorrower } from "@/lib/server/ignition/start-ignition";
import { type PolicyTemplateKey, sandboxVin } from "../axle-twin/src/seed/auto-policies";
import { completeHostedIgnition } from "../axle-twin/src/testing/complete-hosted-ignition";

type DemoBorrower = {
  firstName: string;
  lastName: string;
  email: string;
  loanReference: string;
  policy: PolicyTemplateKey | null;
};

const demoBorrowers: DemoBorrower[] = [
  {
    firstName: "Jordan",
    lastName: "Rivera",
    email: "jordan.rivera@example.com",
    loanReference: "DEMO-1001",
    policy: "mercedes-c300",
  },
  {
    firstName: "Priya",
    lastName: "Shah",
    email: "priya.shah@example.com",
    loanReference: "DEMO-1002",
    policy: "missing-expiration",
  },
  {
    firstName: "Marcus",
    lastName: "Lee",
    email: "marcus.lee@example.com",
    loanReference: "DEMO-1003",
    policy: null,
  },
];

const admin = await db.user.findFirstOrThrow({ where: { role: "ADMIN" }, orderBy: { createdAt: "asc" } });
const actor = { id: admin.id, email: admin.email, name: admin.name, role: admin.role };

for (const { policy, ...borrower } of demoBorrowers) {
  const { ignitionSessionId } = await startIgnitionForNewBorrower(
    { ...borrower, lenderName: "Coverwatch Demo Lending LLC", vin: policy ? sandboxVin(policy) : undefined },
    actor,
  );
  // Marcus has an Ignition link but has not used it yet.
  if (!policy) continue;
  const session = await db.ignitionSession.findUniqueOrThrow({ where: { id: ignitionSessionId } });
  const redirect = await completeHostedIgnition({ ignitionUri: session.uri, policy });
  const callback = await fetch(redirect, { redirect: "manual" });
  if (!callback.headers.get("location")?.includes("outcome=connected")) {
    throw new Error(`demo borrower ${borrower.loanReference} did not connect`);
  }
}

// The overview's trend needs a past: 90 days of rollups that end at these borrowers' actual statuses.
const query: RunQuery = (sql, params) => db.$queryRawUnsafe(sql, ...params);
const now = new Date();
await query("SELECT coverwatch_refresh_compliance(NULL, $1::timestamptz, $2::int)", [
  now.toISOString(),
  env.FRESHNESS_STALE_HOURS,
]);
await writeRollupHistory(query, now, await todayRollupCounts(query, now, env.FRESHNESS_STALE_HOURS));

console.log(
  `Demo data: ${demoBorrowers.length} borrowers (${demoBorrowers.map((b) => b.loanReference).join(", ")}).`,
);
process.exit(0);
