// The stored compliance status against a real PostgreSQL: each status of the precedence with its reasons,
// the counts and dates beside it, and the daily rollup. Rows are written directly so each case holds exactly
// the facts it is about; `coverwatch_refresh_compliance` (through refreshComplianceStatus) does the rest.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Prisma, RuleOutcome, Severity, ViolationStatus } from "@/generated/prisma/client";
import { type Harness, startServerHarness } from "../support/server-harness";

let harness: Harness;
let defaultVersionId: string;
beforeAll(async () => {
  harness = await startServerHarness();
  const version = await harness.db.requirementProfileVersion.findFirstOrThrow({
    where: { profile: { isDefault: true } },
  });
  defaultVersionId = version.id;
});
afterAll(() => harness.close());

const now = new Date("2026-12-01T12:00:00.000Z");
const hour = 60 * 60 * 1000;
const day = 24 * hour;
const at = (offsetMs: number) => new Date(now.getTime() + offsetMs);

// ---------------------------------------------------------------------------------------------------------
// Writing the facts

type PolicyFacts = {
  expiresIn?: number | null;
  refreshedAgo?: number;
  policyNumber?: string;
  carrier?: string;
  vins?: string[];
  renewalFrom?: Date;
};
type ViolationFacts = {
  status?: ViolationStatus;
  outcome?: RuleOutcome;
  severity?: Severity;
  message: string;
  firstSeenAgo?: number;
};
type EvaluationFacts = { outcomes: { ruleKey: string; outcome: string; message: string }[]; ago?: number };
type ConnectionFacts = {
  isMonitoring?: boolean;
  connectionStatus?: string;
  policies?: PolicyFacts[];
};
type BorrowerFacts = {
  connections?: ConnectionFacts[];
  violations?: ViolationFacts[];
  evaluations?: EvaluationFacts[];
  profileId?: string;
  vins?: string[];
};

const token = () => randomUUID().replaceAll("-", "").slice(0, 12);

async function givenBorrower(facts: BorrowerFacts = {}) {
  const { db } = harness;
  const reference = `LN-${token()}`;
  const borrower = await db.borrower.create({
    data: {
      firstName: "Rosa",
      lastName: "Parks",
      email: `${reference}@Example.com`,
      loanReference: reference,
      lenderName: "Acme Bank",
      requirementProfileId: facts.profileId ?? null,
      vehicles: { create: (facts.vins ?? []).map((vin) => ({ vin })) },
    },
  });
  const policyIds: string[] = [];
  for (const connection of facts.connections ?? []) {
    const accountId = `acc_${token()}`;
    const saved = await db.axleConnection.create({
      data: {
        borrowerId: borrower.id,
        accountId,
        accessTokenEncrypted: "unused",
        accessTokenDigest: token(),
        isMonitoring: connection.isMonitoring ?? true,
        connectionStatus: connection.connectionStatus ?? "active",
      },
    });
    for (const policy of connection.policies ?? []) {
      // Ids sort in creation order, so "the policy with the smallest id" is the first one written.
      const id = `pol_${String(policyIds.length).padStart(3, "0")}_${token()}`;
      const expiresIn = policy.expiresIn === undefined ? 200 * day : policy.expiresIn;
      await db.policy.create({
        data: {
          id,
          accountId,
          connectionId: saved.id,
          borrowerId: borrower.id,
          type: "auto",
          carrier: policy.carrier ?? "state-farm",
          policyNumber: policy.policyNumber ?? `PN-${token()}`,
          expirationDate: expiresIn === null ? null : at(expiresIn),
          data: {
            properties: (policy.vins ?? []).map((vin) => ({ id: "prp", type: "vehicle", data: { vin } })),
          },
          renewalData: policy.renewalFrom
            ? { isActive: true, effectiveDate: policy.renewalFrom.toISOString() }
            : undefined,
          modifiedAt: now,
          refreshedAt: at(-(policy.refreshedAgo ?? hour)),
          fetchedAt: now,
        },
      });
      policyIds.push(id);
    }
  }
  for (const [index, violation] of (facts.violations ?? []).entries()) {
    await db.violation.create({
      data: {
        borrowerId: borrower.id,
        policyId: policyIds[0] ?? null,
        ruleKey: `rule-${index}`,
        status: violation.status ?? "OPEN",
        outcome: violation.outcome ?? "FAIL",
        severity: violation.severity ?? "HIGH",
        message: violation.message,
        evidence: {},
        firstSeenAt: at(-(violation.firstSeenAgo ?? day)),
      },
    });
  }
  for (const evaluation of facts.evaluations ?? []) {
    await db.evaluation.create({
      data: {
        policyId: policyIds[0] as string,
        profileVersionId: defaultVersionId,
        outcome: "PASS",
        results: evaluation.outcomes.map((result) => ({
          ...result,
          evidence: { required: "", found: "" },
        })) as Prisma.InputJsonArray,
        evaluatedAt: at(-(evaluation.ago ?? hour)),
      },
    });
  }
  return { borrowerId: borrower.id, policyIds };
}

async function givenProfile(withinDays: number | null) {
  return harness.db.requirementProfile.create({
    data: {
      name: `Window ${withinDays} ${token()}`,
      versions: {
        create: [
          // An older version with another window: only the newest counts.
          {
            version: 1,
            rules: { create: [{ ruleKey: "not-expiring", input: { withinDays: 1 }, position: 0 }] },
          },
          {
            version: 2,
            rules: {
              create:
                withinDays === null
                  ? [{ ruleKey: "policy-active", position: 0 }]
                  : [{ ruleKey: "not-expiring", input: { withinDays }, position: 0 }],
            },
          },
        ],
      },
    },
  });
}

async function refresh(borrowerIds: string[], moment = now) {
  const { refreshComplianceStatus } = await import("@/lib/server/compliance/refresh-compliance-status");
  return harness.db.$transaction((tx) => refreshComplianceStatus(tx, borrowerIds, moment));
}

async function statusOf(facts: BorrowerFacts) {
  const { borrowerId, policyIds } = await givenBorrower(facts);
  await refresh([borrowerId]);
  const stored = await harness.db.borrower.findUniqueOrThrow({ where: { id: borrowerId } });
  return { ...stored, policyIds };
}

const active = (policies: PolicyFacts[] = [{}]): ConnectionFacts => ({ policies });

// ---------------------------------------------------------------------------------------------------------

describe("the status and its reasons, by precedence", () => {
  const cases: {
    name: string;
    facts: () => Promise<BorrowerFacts> | BorrowerFacts;
    status: string;
    reasons: string[];
    connectionState: string;
  }[] = [
    {
      name: "no connection at all: not connected",
      facts: () => ({}),
      status: "NOT_CONNECTED",
      reasons: ["No completed Ignition"],
      connectionState: "NEVER_CONNECTED",
    },
    {
      name: "descoped with open violations: not monitored, and nothing else is said",
      facts: () => ({
        connections: [{ isMonitoring: false, connectionStatus: "credentials-expired", policies: [{}] }],
        violations: [{ message: "The policy is cancelled.", severity: "CRITICAL" }],
      }),
      status: "NOT_MONITORED",
      reasons: ["Descoped"],
      connectionState: "DESCOPED",
    },
    {
      name: "a monitoring connection not active beats an open fail",
      facts: () => ({
        connections: [{ connectionStatus: "credentials-expired", policies: [{}] }],
        violations: [{ message: "The policy is cancelled." }],
      }),
      status: "DISCONNECTED",
      reasons: ["Disconnected: credentials expired", "The policy is cancelled."],
      connectionState: "DISCONNECTED",
    },
    {
      name: "one monitoring connection down and a descoped one: disconnected (MFA)",
      facts: () => ({
        connections: [
          { connectionStatus: "mfa-expired", policies: [{}] },
          { isMonitoring: false, policies: [{}] },
        ],
      }),
      status: "DISCONNECTED",
      reasons: ["Disconnected: multi-factor authentication expired"],
      connectionState: "DISCONNECTED",
    },
    {
      name: "open and acknowledged fails: non-compliant, by severity then first seen",
      facts: () => ({
        connections: [active()],
        violations: [
          { message: "Collision deductible too high.", severity: "HIGH", firstSeenAgo: 3 * day },
          { message: "Lienholder missing.", severity: "HIGH", firstSeenAgo: 5 * day, status: "ACKNOWLEDGED" },
          { message: "The policy is cancelled.", severity: "CRITICAL", firstSeenAgo: day },
          { message: "VIN check digit.", severity: "LOW", outcome: "CAUTION" },
        ],
      }),
      status: "NON_COMPLIANT",
      reasons: [
        "The policy is cancelled.",
        "Lienholder missing.",
        "Collision deductible too high.",
        "VIN check digit.",
      ],
      connectionState: "CONNECTED",
    },
    {
      name: "a waived fail (and a resolved one) is not non-compliant",
      facts: () => ({
        connections: [active()],
        violations: [
          { message: "Collision deductible too high.", status: "WAIVED" },
          { message: "The policy is cancelled.", status: "RESOLVED" },
        ],
      }),
      status: "COMPLIANT",
      reasons: [],
      connectionState: "CONNECTED",
    },
    {
      name: "an open caution: at risk",
      facts: () => ({
        connections: [active()],
        violations: [{ message: "Only the last 8 characters of the VIN match.", outcome: "CAUTION" }],
      }),
      status: "AT_RISK",
      reasons: ["Only the last 8 characters of the VIN match."],
      connectionState: "CONNECTED",
    },
    {
      name: "a policy not refreshed for longer than the stale hours: at risk",
      facts: () => ({ connections: [active([{ refreshedAgo: 50 * hour }, { refreshedAgo: hour }])] }),
      status: "AT_RISK",
      reasons: ["Data is stale (last refreshed 2026-11-29 10:00 UTC)"],
      connectionState: "CONNECTED",
    },
    {
      name: "expiring within the profile's own window (60 days): at risk",
      facts: async () => ({
        profileId: (await givenProfile(60)).id,
        connections: [active([{ expiresIn: 45 * day }])],
      }),
      status: "AT_RISK",
      reasons: ["Expires in 45 days"],
      connectionState: "CONNECTED",
    },
    {
      name: "the same policy under the default profile's 30 days: compliant",
      facts: () => ({ connections: [active([{ expiresIn: 45 * day }])] }),
      status: "COMPLIANT",
      reasons: [],
      connectionState: "CONNECTED",
    },
    {
      name: "a profile without the not-expiring rule warns at 30 days",
      facts: async () => ({
        profileId: (await givenProfile(null)).id,
        connections: [active([{ expiresIn: day / 2 }])],
      }),
      status: "AT_RISK",
      reasons: ["Expires in 1 day"],
      connectionState: "CONNECTED",
    },
    {
      name: "expiring, but a bound renewal continues it: compliant",
      facts: () => ({
        connections: [active([{ expiresIn: 10 * day, renewalFrom: at(10 * day) }])],
      }),
      status: "COMPLIANT",
      reasons: [],
      connectionState: "CONNECTED",
    },
    {
      name: "a rule the newest evaluation could not check: at risk",
      facts: () => ({
        connections: [active()],
        evaluations: [
          {
            ago: 2 * day,
            outcomes: [{ ruleKey: "named-insured", outcome: "unknown", message: "Old news." }],
          },
          {
            ago: hour,
            outcomes: [
              { ruleKey: "policy-active", outcome: "pass", message: "The policy is active." },
              {
                ruleKey: "vin-match",
                outcome: "unknown",
                message: "No collateral vehicle is on file for this borrower.",
              },
            ],
          },
        ],
      }),
      status: "AT_RISK",
      reasons: ["Could not check: No collateral vehicle is on file for this borrower."],
      connectionState: "CONNECTED",
    },
    {
      name: "an unknown only in an older evaluation does not count",
      facts: () => ({
        connections: [active()],
        evaluations: [
          { ago: 2 * day, outcomes: [{ ruleKey: "vin-match", outcome: "unknown", message: "Old news." }] },
          { ago: hour, outcomes: [{ ruleKey: "vin-match", outcome: "pass", message: "On the policy." }] },
        ],
      }),
      status: "COMPLIANT",
      reasons: [],
      connectionState: "CONNECTED",
    },
    {
      name: "connected, no policy fetched yet: at risk",
      facts: () => ({ connections: [{ policies: [] }] }),
      status: "AT_RISK",
      reasons: ["No policy data yet"],
      connectionState: "CONNECTED",
    },
    {
      name: "every at-risk reason at once, most important first, five at most",
      facts: async () => ({
        profileId: (await givenProfile(60)).id,
        connections: [active([{ refreshedAgo: 72 * hour, expiresIn: 20 * day }]), { policies: [] }],
        violations: [
          { message: "Caution A.", outcome: "CAUTION", severity: "LOW" },
          { message: "Caution B.", outcome: "CAUTION", severity: "MEDIUM" },
          { message: "Caution A.", outcome: "CAUTION", severity: "LOW" },
        ],
        evaluations: [{ outcomes: [{ ruleKey: "vin-match", outcome: "unknown", message: "No VIN." }] }],
      }),
      status: "AT_RISK",
      reasons: [
        "Caution B.",
        "Caution A.",
        "Data is stale (last refreshed 2026-11-28 12:00 UTC)",
        "Expires in 20 days",
        "No policy data yet",
      ],
      connectionState: "CONNECTED",
    },
    {
      name: "clean: compliant",
      facts: () => ({ connections: [active([{}, {}])] }),
      status: "COMPLIANT",
      reasons: [],
      connectionState: "CONNECTED",
    },
  ];

  it.each(cases)("$name", async ({ facts, status, reasons, connectionState }) => {
    const stored = await statusOf(await facts());
    expect(stored).toMatchObject({ complianceStatus: status, complianceReasons: reasons, connectionState });
    expect(stored.complianceUpdatedAt).toEqual(now);
  });
});

describe("the facts beside the status", () => {
  it("counts open and acknowledged violations of any outcome, with the worst severity", async () => {
    const stored = await statusOf({
      connections: [active()],
      violations: [
        { message: "a", severity: "MEDIUM" },
        { message: "b", severity: "HIGH", outcome: "CAUTION", status: "ACKNOWLEDGED" },
        { message: "c", severity: "CRITICAL", status: "WAIVED" },
        { message: "d", severity: "CRITICAL", status: "RESOLVED" },
      ],
    });
    expect(stored).toMatchObject({ openViolationCount: 2, worstOpenSeverity: "HIGH" });
    const clean = await statusOf({ connections: [active()] });
    expect(clean).toMatchObject({ openViolationCount: 0, worstOpenSeverity: null });
  });

  it("dates: the next future expiry, else the latest past one; the stalest refresh; monitored policies only", async () => {
    const mixed = await statusOf({
      connections: [
        active([
          { expiresIn: -10 * day, refreshedAgo: 2 * hour },
          { expiresIn: 90 * day, refreshedAgo: 5 * hour },
          { expiresIn: 40 * day, refreshedAgo: 3 * hour },
        ]),
        { isMonitoring: false, policies: [{ expiresIn: 5 * day, refreshedAgo: 30 * day }] },
      ],
    });
    expect(mixed.nextExpirationDate).toEqual(at(40 * day));
    expect(mixed.lastRefreshedAt).toEqual(at(-5 * hour));

    const expired = await statusOf({
      connections: [active([{ expiresIn: -10 * day }, { expiresIn: -3 * day }, { expiresIn: null }])],
    });
    expect(expired.nextExpirationDate).toEqual(at(-3 * day));

    const descoped = await statusOf({ connections: [{ isMonitoring: false, policies: [{}] }] });
    expect(descoped).toMatchObject({ nextExpirationDate: null, lastRefreshedAt: null });
  });

  it("the primary policy is the monitored one with the smallest id, or any when nothing is monitored", async () => {
    const monitored = await statusOf({
      connections: [
        { isMonitoring: false, policies: [{ carrier: "geico", policyNumber: "G-1" }] },
        active([
          { carrier: "progressive", policyNumber: "P-2" },
          { carrier: "allstate", policyNumber: "A-3" },
        ]),
      ],
    });
    expect(monitored).toMatchObject({ primaryCarrier: "progressive", primaryPolicyNumber: "P-2" });
    const descoped = await statusOf({
      connections: [{ isMonitoring: false, policies: [{ carrier: "geico", policyNumber: "G-1" }] }],
    });
    expect(descoped).toMatchObject({ primaryCarrier: "geico", primaryPolicyNumber: "G-1" });
  });

  it("search text: names, email, loan reference, lender, collateral VINs, policy VINs and numbers, lower case", async () => {
    const stored = await statusOf({
      vins: ["1HGCM82633A004352"],
      connections: [
        active([{ policyNumber: "SF-ABC-1", vins: ["WDDWF8DB0KR487215", "1HGCM82633A004352"] }]),
        { isMonitoring: false, policies: [{ policyNumber: "OLD-9" }] },
      ],
    });
    const words = stored.searchText.split(" ");
    expect(words).toEqual(
      expect.arrayContaining([
        "rosa",
        "parks",
        stored.email.toLowerCase(),
        stored.loanReference.toLowerCase(),
        "acme",
        "bank",
        "1hgcm82633a004352",
        "wddwf8db0kr487215",
        "sf-abc-1",
        "old-9",
      ]),
    );
    expect(stored.searchText).toBe(stored.searchText.toLowerCase());
  });

  it("moves with the clock alone, and writes only the borrowers whose values changed", async () => {
    const { borrowerId } = await givenBorrower({
      connections: [active([{ refreshedAgo: hour, expiresIn: 40 * day }])],
    });
    const other = await givenBorrower({ connections: [active()] });
    expect(await refresh([borrowerId, other.borrowerId])).toBe(2);
    expect(await refresh([borrowerId, other.borrowerId])).toBe(0);

    // Twelve days on: 28 days to expiry, and the data is stale.
    const later = at(12 * day);
    expect(await refresh([borrowerId, other.borrowerId], later)).toBe(2);
    const stored = await harness.db.borrower.findUniqueOrThrow({ where: { id: borrowerId } });
    expect(stored.complianceReasons).toEqual([
      "Data is stale (last refreshed 2026-12-01 11:00 UTC)",
      "Expires in 28 days",
    ]);
    expect(stored.complianceUpdatedAt).toEqual(later);
  });

  it("the compute function returns what refresh stores, without writing", async () => {
    const { borrowerId } = await givenBorrower({ connections: [active()] });
    const [computed] = await harness.db.$queryRaw<
      { complianceStatus: string; complianceReasons: string[] }[]
    >`
      SELECT * FROM coverwatch_compute_compliance(ARRAY[${borrowerId}], ${now.toISOString()}::timestamptz, 48)`;
    expect(computed).toMatchObject({ complianceStatus: "COMPLIANT", complianceReasons: [] });
    const untouched = await harness.db.borrower.findUniqueOrThrow({ where: { id: borrowerId } });
    expect(untouched.complianceUpdatedAt).toBeNull();
  });
});

describe("the daily rollup", () => {
  it("counts today's row from the stored columns, and a second run the same day replaces it", async () => {
    const { writeComplianceRollup } = await import("@/lib/server/compliance/write-compliance-rollup");
    const everyone = await harness.db.borrower.findMany({ select: { id: true } });
    await refresh(
      everyone.map((borrower) => borrower.id),
      now,
    );
    const rollupTime = at(3 * hour);
    const byStatus = async (status: string) =>
      harness.db.borrower.count({ where: { complianceStatus: status as never } });
    const monitoredWhere = { complianceStatus: { notIn: ["NOT_MONITORED", "NOT_CONNECTED"] as never[] } };

    const row = await writeComplianceRollup(rollupTime);
    expect(row.day).toEqual(new Date("2026-12-01T00:00:00.000Z"));
    expect(row).toMatchObject({
      compliant: await byStatus("COMPLIANT"),
      atRisk: await byStatus("AT_RISK"),
      nonCompliant: await byStatus("NON_COMPLIANT"),
      disconnected: await byStatus("DISCONNECTED"),
      notConnected: await byStatus("NOT_CONNECTED"),
      notMonitored: await byStatus("NOT_MONITORED"),
      monitored: await harness.db.borrower.count({ where: monitoredWhere }),
      stale: await harness.db.borrower.count({
        where: { ...monitoredWhere, lastRefreshedAt: { lt: new Date(rollupTime.getTime() - 48 * hour) } },
      }),
      expiringSoon: await harness.db.borrower.count({
        where: {
          ...monitoredWhere,
          nextExpirationDate: { gte: rollupTime, lte: new Date(rollupTime.getTime() + 30 * day) },
        },
      }),
      openViolations: await harness.db.violation.count({
        where: { status: { in: ["OPEN", "ACKNOWLEDGED"] } },
      }),
    });
    expect(row.stale).toBeGreaterThan(0);
    expect(row.expiringSoon).toBeGreaterThan(0);

    await givenBorrower();
    await refresh(
      (await harness.db.borrower.findMany({ select: { id: true } })).map((b) => b.id),
      now,
    );
    const again = await writeComplianceRollup(at(5 * hour));
    expect(again.notConnected).toBe(row.notConnected + 1);
    expect(await harness.db.complianceRollup.count({ where: { day: row.day } })).toBe(1);
  });
});
