// Random sequences of the real server operations (evaluations through the twin's data, acknowledge, waive,
// waiver lapse, disconnect and reconnect, descope, profile assignment, new borrowers). Two checks: at every
// commit that touched what the status reads, a deferred trigger installed here compares the borrower's stored
// columns with `coverwatch_compute_compliance` (so a transaction that forgot to refresh fails, even when a
// later transaction of the same operation would have caught up); and after every step, every borrower's
// stored columns must equal the computation from scratch.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountActions, policyActions, runAction } from "../../axle-twin/src/actions";
import { type Harness, startServerHarness } from "../support/server-harness";

let harness: Harness;
type Connected = Awaited<ReturnType<Harness["connectBorrower"]>> & { accountId: string };
const connected: Connected[] = [];
let strictProfileId: string;
const hour = 60 * 60 * 1000;
const day = 24 * hour;

const columns = [
  "complianceStatus",
  "complianceReasons",
  "worstOpenSeverity",
  "openViolationCount",
  "nextExpirationDate",
  "lastRefreshedAt",
  "primaryCarrier",
  "primaryPolicyNumber",
  "connectionState",
  "searchText",
];
const list = (alias: string) => columns.map((column) => `${alias}."${column}"`).join(", ");

// Test-only: at commit, every borrower a changed row belongs to must hold what the computation says.
const commitCheck = `
  CREATE FUNCTION test_compliance_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    changed jsonb := to_jsonb(NEW);
    borrower text;
    drift text;
  BEGIN
    borrower := coalesce(
      CASE WHEN TG_TABLE_NAME = 'Borrower' THEN changed ->> 'id' END,
      changed ->> 'borrowerId',
      (SELECT p."borrowerId" FROM "Policy" p WHERE p.id = changed ->> 'policyId')
    );
    SELECT string_agg(json_build_object('stored', json_build_array(${list("b")}),
                                        'computed', json_build_array(${list("c")}))::text, '; ')
      INTO drift
      FROM "Borrower" b
      JOIN coverwatch_compute_compliance(ARRAY[borrower], now(), 48) c ON c."borrowerId" = b.id
      WHERE (${list("b")}) IS DISTINCT FROM (${list("c")});
    IF drift IS NOT NULL THEN
      RAISE EXCEPTION 'stored compliance out of date at commit (% on %): %', TG_OP, TG_TABLE_NAME, drift;
    END IF;
    RETURN NULL;
  END $$`;
const checkedTables = [
  "Borrower",
  "CollateralVehicle",
  "AxleConnection",
  "Policy",
  "Evaluation",
  "Violation",
];

beforeAll(async () => {
  harness = await startServerHarness();
  await harness.db.$executeRawUnsafe(commitCheck);
  for (const table of checkedTables)
    await harness.db.$executeRawUnsafe(
      `CREATE CONSTRAINT TRIGGER test_compliance_at_commit AFTER INSERT OR UPDATE ON "${table}"
       DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION test_compliance_at_commit()`,
    );
  const { saveProfile } = await import("@/lib/server/profiles/save-profile");
  const strict = await saveProfile({
    input: {
      name: "Strict",
      rules: [
        { ruleKey: "collision-deductible", severity: "CRITICAL", input: { maxDeductible: 250 } },
        { ruleKey: "account-connected", severity: "HIGH", input: {} },
        // Warns 120 days ahead: the sandbox policies (92 days left) are expiring under this profile only.
        { ruleKey: "not-expiring", severity: "MEDIUM", input: { withinDays: 120 } },
      ],
      reminderDays: [7],
      autoOutreach: false,
    },
    actor: harness.admin,
  });
  strictProfileId = strict.profileId;
  for (let i = 0; i < 4; i++) await connectOne();
}, 120_000);
afterAll(() => harness.close());

async function connectOne() {
  const borrower = await harness.connectBorrower();
  const connection = await harness.db.axleConnection.findUniqueOrThrow({
    where: { id: borrower.connectionId },
  });
  connected.push({ ...borrower, accountId: connection.accountId });
}

/** What the status reads changed at the carrier: sync it the way the event handler would, unless descoped. */
async function whenMonitoring(borrower: Connected, sync: () => Promise<unknown>) {
  const connection = await harness.db.axleConnection.findUniqueOrThrow({
    where: { id: borrower.connectionId },
  });
  if (connection.isMonitoring) await sync();
}

async function liveViolation(borrower: Connected, statuses: ("OPEN" | "ACKNOWLEDGED")[]) {
  return harness.db.violation.findFirst({
    where: { borrowerId: borrower.borrowerId, status: { in: statuses } },
    orderBy: { firstSeenAt: "asc" },
  });
}

type Step = { kind: string; who: number; flag: boolean };

async function run({ kind, who, flag }: Step) {
  const borrower = connected[who % connected.length] as Connected;
  const twin = harness.twin.context;
  const { syncPolicy } = await import("@/lib/server/policies/sync-policy");
  const { syncAccount } = await import("@/lib/server/accounts/sync-account");
  const syncThePolicy = () =>
    whenMonitoring(borrower, () =>
      syncPolicy({ connectionId: borrower.connectionId, policyId: borrower.policyId }),
    );
  const syncTheAccount = () =>
    whenMonitoring(borrower, () => syncAccount({ connectionId: borrower.connectionId }));

  switch (kind) {
    case "deductible": {
      // Up: the collision rule fails (opens a violation); down: it passes again (resolves it).
      runAction(policyActions, "raise-deductible", twin, borrower.policyId, { by: flag ? 1000 : -1000 });
      return syncThePolicy();
    }
    case "cancel": {
      runAction(policyActions, flag ? "cancel" : "reinstate", twin, borrower.policyId);
      return syncThePolicy();
    }
    case "acknowledge": {
      const { acknowledgeViolation } = await import("@/lib/server/violations/act-on-violation");
      const violation = await liveViolation(borrower, ["OPEN"]);
      if (violation) await acknowledgeViolation({ violationId: violation.id, actor: harness.admin });
      return;
    }
    case "waive": {
      const { waiveViolation } = await import("@/lib/server/violations/act-on-violation");
      const violation = await liveViolation(borrower, ["OPEN", "ACKNOWLEDGED"]);
      // Short waivers, so that a later step can lapse them at a moment a fraction of a second ahead: every
      // refresh and check stays within a second of the real clock the checks read.
      if (violation)
        await waiveViolation({
          violationId: violation.id,
          reason: "Renewal pending",
          until: new Date(Date.now() + 200),
          actor: harness.admin,
        });
      return;
    }
    case "lapse": {
      const { lapseWaivers } = await import("@/lib/server/violations/lapse-waivers");
      const latest = await harness.db.violation.findFirst({
        where: { status: "WAIVED" },
        orderBy: { waivedUntil: "desc" },
      });
      // The moment the waiver has ended (at most 200 ms ahead): lapse as the daily job would then, rather than
      // sleeping until the real clock gets there.
      await lapseWaivers(new Date(Math.max(Date.now(), (latest?.waivedUntil?.getTime() ?? 0) + 1)));
      return;
    }
    case "connection": {
      runAction(accountActions, flag ? "expire-credentials" : "reconnect", twin, borrower.accountId);
      return syncTheAccount();
    }
    case "descope": {
      const { descopeConnection } = await import("@/lib/server/connections/descope-connection");
      return whenMonitoring(borrower, () =>
        descopeConnection({ connectionId: borrower.connectionId, actor: harness.admin }),
      );
    }
    case "profile": {
      const { assignProfile } = await import("@/lib/server/profiles/assign-profile");
      return assignProfile({
        borrowerId: borrower.borrowerId,
        profileId: flag ? strictProfileId : null,
        actor: harness.admin,
      });
    }
    case "borrower": {
      const { startIgnitionForNewBorrower } = await import("@/lib/server/ignition/start-ignition");
      const reference = `LN-P-${Date.now().toString(36)}-${who}`;
      await startIgnitionForNewBorrower(
        {
          firstName: "New",
          lastName: "Borrower",
          email: `${reference}@example.com`,
          loanReference: reference,
        },
        harness.admin,
      );
      return;
    }
    case "connect":
      return connectOne();
  }
}

/** Every borrower whose stored columns differ from the computation at `at`, stored beside computed. */
async function driftAt(at: Date) {
  return harness.db.$queryRawUnsafe<{ id: string; stored: unknown; computed: unknown }[]>(
    `SELECT b.id, json_build_array(${list("b")}) AS stored, json_build_array(${list("c")}) AS computed
     FROM "Borrower" b
     JOIN coverwatch_compute_compliance(NULL, $1::timestamptz, 48) c ON c."borrowerId" = b.id
     WHERE (${list("b")}) IS DISTINCT FROM (${list("c")})`,
    at.toISOString(),
  );
}

const stepArbitrary: fc.Arbitrary<Step> = fc.record({
  kind: fc.oneof(
    { weight: 4, arbitrary: fc.constant("deductible") },
    { weight: 2, arbitrary: fc.constant("cancel") },
    { weight: 2, arbitrary: fc.constant("acknowledge") },
    { weight: 3, arbitrary: fc.constant("waive") },
    { weight: 2, arbitrary: fc.constant("lapse") },
    { weight: 2, arbitrary: fc.constant("connection") },
    { weight: 1, arbitrary: fc.constant("descope") },
    { weight: 2, arbitrary: fc.constant("profile") },
    { weight: 1, arbitrary: fc.constant("borrower") },
  ),
  who: fc.nat({ max: 31 }),
  flag: fc.boolean(),
});

/**
 * The sandbox policies expire at 04:00 UTC, so "Expires in N days" turns over then. Borrowers nothing happened
 * to since are recomputed as the daily maintenance would, so the check compares like with like.
 */
let turnover = Math.floor((Date.now() - 4 * hour) / day);
async function acrossTurnover(now: Date) {
  const current = Math.floor((now.getTime() - 4 * hour) / day);
  if (current === turnover) return;
  const { refreshAllComplianceStatuses } = await import("@/lib/server/compliance/refresh-compliance-status");
  await refreshAllComplianceStatuses(now);
  turnover = current;
}

describe("the stored compliance status", () => {
  it("always equals the computation from scratch, whatever the operations did", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArbitrary, { minLength: 1, maxLength: 12 }), async (steps) => {
        for (const [index, step] of steps.entries()) {
          await run(step);
          const now = new Date();
          await acrossTurnover(now);
          const drift = await driftAt(now);
          expect(drift, `after step ${index + 1} (${JSON.stringify(step)})`).toEqual([]);
        }
        // A borrower descoped for good is replaced, so later sequences still have someone to watch.
        const monitoring = await harness.db.axleConnection.count({ where: { isMonitoring: true } });
        if (monitoring < 3) await connectOne();
      }),
      { numRuns: 30, endOnFailure: true },
    );
  }, 180_000);

  it("the daily maintenance leaves everyone as computed at its moment, and counts the rollup", async () => {
    const { runDailyMaintenance } = await import("@/lib/server/jobs/daily-maintenance");
    // Its transactions run with the clock a day ahead: the commit check (at the database's clock) stays out.
    for (const table of checkedTables)
      await harness.db.$executeRawUnsafe(`DROP TRIGGER test_compliance_at_commit ON "${table}"`);
    const tomorrow = new Date(Date.now() + 26 * hour);
    await runDailyMaintenance(tomorrow);
    expect(await driftAt(tomorrow)).toEqual([]);
    const rollup = await harness.db.complianceRollup.findFirstOrThrow({ orderBy: { day: "desc" } });
    expect(rollup.notConnected + rollup.monitored + rollup.notMonitored).toBe(
      await harness.db.borrower.count(),
    );
  }, 60_000);
});
