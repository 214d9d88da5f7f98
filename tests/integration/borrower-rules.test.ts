// Rules about the borrower as a whole, against a real PostgreSQL and the twin: their violation belongs to the
// borrower (no policy), opens and resolves with what it reads (collateral, the invite's clock, a connection),
// counts in the stored status, and a rule taken out of the profile stops counting.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sandboxVin } from "../../axle-twin/src/seed/auto-policies";
import { completeHostedIgnition } from "../../axle-twin/src/testing/complete-hosted-ignition";
import { type Harness, startServerHarness } from "../support/server-harness";

let harness: Harness;

beforeAll(async () => {
  harness = await startServerHarness();
});
afterAll(async () => {
  await harness.close();
});

const day = 24 * 60 * 60 * 1000;

function borrowerViolations(borrowerId: string, ruleKey: string) {
  return harness.db.violation.findMany({
    where: { borrowerId, ruleKey },
    orderBy: { firstSeenAt: "asc" },
    select: { status: true, outcome: true, policyId: true, message: true, severity: true },
  });
}

async function latestResult(borrowerId: string, ruleKey: string) {
  const evaluation = await harness.db.borrowerEvaluation.findFirstOrThrow({
    where: { borrowerId },
    orderBy: { evaluatedAt: "desc" },
  });
  return (evaluation.results as { ruleKey: string; outcome: string; message: string }[]).find(
    (result) => result.ruleKey === ruleKey,
  );
}

async function profileWith(name: string, rules: { ruleKey: string; input?: Record<string, unknown> }[]) {
  const { saveProfile } = await import("@/lib/server/profiles/save-profile");
  const saved = await saveProfile({
    input: {
      name,
      rules: rules.map((rule) => ({ severity: "MEDIUM" as const, input: {}, ...rule })),
      reminderDays: [7, 14],
      autoOutreach: false,
    },
    actor: harness.admin,
  });
  return saved.profileId;
}

describe("every collateral vehicle covered (the default profile)", () => {
  it("a second financed car on no policy opens one violation for the borrower; the policy's own VIN rule still passes", async () => {
    const { saveCollateral } = await import("@/lib/server/borrowers/save-collateral");
    const { removeCollateral } = await import("@/lib/server/borrowers/remove-collateral");
    const connected = await harness.connectBorrower("mercedes-c300", { vin: sandboxVin("mercedes-c300") });
    expect(await latestResult(connected.borrowerId, "collateral-covered")).toMatchObject({ outcome: "pass" });

    const second = sandboxVin("hyundai-sonata");
    await saveCollateral({ borrowerId: connected.borrowerId, input: { vin: second }, actor: harness.admin });
    expect(await borrowerViolations(connected.borrowerId, "collateral-covered")).toEqual([
      {
        status: "OPEN",
        outcome: "FAIL",
        policyId: null,
        severity: "HIGH",
        message: `The collateral vehicle ${second} is on none of the borrower's policies (1 of 2 covered).`,
      },
    ]);
    // No false alarm on the policy: it carries the Mercedes, which is collateral.
    expect(
      await harness.db.violation.count({
        where: { borrowerId: connected.borrowerId, ruleKey: "vin-match", status: { not: "RESOLVED" } },
      }),
    ).toBe(0);
    const borrower = await harness.db.borrower.findUniqueOrThrow({ where: { id: connected.borrowerId } });
    expect(borrower.complianceStatus).toBe("NON_COMPLIANT");
    expect(borrower.complianceReasons).toContain(
      `The collateral vehicle ${second} is on none of the borrower's policies (1 of 2 covered).`,
    );

    // A policy event re-evaluates the borrower: still one violation, not a second.
    await harness.deliverEvent("policy.modified", { ref: connected.policyId });
    expect(await borrowerViolations(connected.borrowerId, "collateral-covered")).toMatchObject([
      { status: "OPEN" },
    ]);
    const vehicle = await harness.db.collateralVehicle.findFirstOrThrow({
      where: { borrowerId: connected.borrowerId, vin: second },
    });
    await removeCollateral({ borrowerId: connected.borrowerId, vehicleId: vehicle.id, actor: harness.admin });
    expect(await borrowerViolations(connected.borrowerId, "collateral-covered")).toMatchObject([
      { status: "RESOLVED", policyId: null },
    ]);
    const audit = await harness.db.auditLog.findMany({
      where: {
        targetType: "Violation",
        action: { startsWith: "violation." },
        details: { path: ["ruleKey"], equals: "collateral-covered" },
      },
      orderBy: { id: "asc" },
      select: { action: true },
    });
    expect(audit.map((row) => row.action)).toEqual(["violation.opened", "violation.resolved"]);
  });
});

describe("connected within N days of the invite", () => {
  it("opens once when the days run out, and resolves the moment the borrower connects", async () => {
    const { startIgnitionForNewBorrower } = await import("@/lib/server/ignition/start-ignition");
    const { completeIgnition } = await import("@/lib/server/ignition/complete-ignition");
    const { assignProfile } = await import("@/lib/server/profiles/assign-profile");
    const { runDailyMaintenance } = await import("@/lib/server/jobs/daily-maintenance");
    const profileId = await profileWith("Connect in 3 days", [
      { ruleKey: "connected-within", input: { withinDays: 3 } },
      { ruleKey: "policy-active" },
    ]);
    const { borrowerId, ignitionSessionId } = await startIgnitionForNewBorrower(
      { firstName: "Jordan", lastName: "Late", email: "jordan.late@example.com", loanReference: "LN-LATE-1" },
      harness.admin,
      { invite: true },
    );
    await assignProfile({ borrowerId, profileId, actor: harness.admin });
    expect(await latestResult(borrowerId, "connected-within")).toMatchObject({
      outcome: "pass",
      message: expect.stringContaining("3 days left to connect"),
    });

    // The clock starts at the invitation email.
    const invitedAt = (await harness.db.outreach.findFirstOrThrow({ where: { borrowerId, inviteStep: 0 } }))
      .createdAt;
    await runDailyMaintenance(new Date(invitedAt.getTime() + 3 * day));
    expect(await borrowerViolations(borrowerId, "connected-within")).toEqual([]);
    await runDailyMaintenance(new Date(invitedAt.getTime() + 4 * day));
    await runDailyMaintenance(new Date(invitedAt.getTime() + 5 * day));
    const opened = await borrowerViolations(borrowerId, "connected-within");
    expect(opened).toEqual([
      {
        status: "OPEN",
        outcome: "FAIL",
        policyId: null,
        severity: "MEDIUM",
        message: `Not connected 5 days after the invite of ${invitedAt.toISOString().slice(0, 10)}; 3 days are allowed.`,
      },
    ]);
    const waiting = await harness.db.borrower.findUniqueOrThrow({ where: { id: borrowerId } });
    expect(waiting).toMatchObject({ complianceStatus: "NOT_CONNECTED", openViolationCount: 1 });

    const session = await harness.db.ignitionSession.findUniqueOrThrow({ where: { id: ignitionSessionId } });
    const redirect = new URL(
      await completeHostedIgnition({ ignitionUri: session.uri, policy: "mercedes-c300" }),
    );
    expect(
      await completeIgnition({
        sessionId: ignitionSessionId,
        authCode: redirect.searchParams.get("authCode") ?? "",
        result: "link",
      }),
    ).toBe("connected");
    expect(await borrowerViolations(borrowerId, "connected-within")).toMatchObject([{ status: "RESOLVED" }]);
    const connected = await harness.db.borrower.findUniqueOrThrow({ where: { id: borrowerId } });
    expect(connected.openViolationCount).toBe(0);
  });

  it("a borrower nobody has invited has no clock: unknown, and no violation however long they wait", async () => {
    const { runDailyMaintenance } = await import("@/lib/server/jobs/daily-maintenance");
    const borrower = await harness.db.borrower.create({
      data: {
        firstName: "Never",
        lastName: "Invited",
        email: "never@example.com",
        loanReference: "LN-NEVER-1",
      },
    });
    await runDailyMaintenance(new Date(Date.now() + 60 * day));
    expect(await borrowerViolations(borrower.id, "connected-within")).toEqual([]);
  });
});

describe("the preview of a draft for one borrower", () => {
  it("shows the borrower's own rules beside the policies', and writes nothing", async () => {
    const { previewProfileForBorrower } = await import("@/lib/server/profiles/preview-profile");
    const connected = await harness.connectBorrower("mercedes-c300", { vin: sandboxVin("mercedes-c300") });
    const { loanReference } = await harness.db.borrower.findUniqueOrThrow({
      where: { id: connected.borrowerId },
    });
    await harness.db.collateralVehicle.create({
      data: { borrowerId: connected.borrowerId, vin: sandboxVin("hyundai-sonata") },
    });
    const written = () =>
      harness.db.borrowerEvaluation.count({ where: { borrowerId: connected.borrowerId } });
    const before = await written();

    const preview = await previewProfileForBorrower({
      loanReference,
      rules: [
        { ruleKey: "vin-match", input: {} },
        { ruleKey: "collateral-covered", input: {} },
      ],
    });
    // The draft's rule with its new outcome; the default profile's other rules show as removed by the draft.
    const [policy] = preview?.policies ?? [];
    expect(policy?.rules[0]).toMatchObject({ ruleKey: "vin-match", after: { outcome: "pass" } });
    const removed = policy?.rules.slice(1) ?? [];
    expect(removed.map((rule) => rule.ruleKey)).toContain("policy-active");
    expect(removed.every((rule) => rule.after === null && rule.before !== undefined)).toBe(true);
    expect(preview?.borrowerRules).toMatchObject([
      {
        ruleKey: "collateral-covered",
        title: "Every collateral vehicle covered",
        before: "pass",
        after: { outcome: "fail" },
      },
      { ruleKey: "connected-within", before: "pass", after: null },
    ]);
    expect(await written()).toBe(before);
  });
});

describe("a rule taken out of the profile", () => {
  it("stops counting: its live violations resolve at the next evaluation", async () => {
    const { saveCollateral } = await import("@/lib/server/borrowers/save-collateral");
    const { assignProfile } = await import("@/lib/server/profiles/assign-profile");
    const { saveProfile } = await import("@/lib/server/profiles/save-profile");
    const { reevaluateBorrowers } = await import("@/lib/server/profiles/reevaluate-borrowers");
    const rules = [
      { ruleKey: "collateral-covered", severity: "HIGH" as const, input: {} },
      { ruleKey: "collision-deductible", severity: "HIGH" as const, input: { maxDeductible: 100 } },
    ];
    const profileId = await profileWith("Collateral only", rules);
    const connected = await harness.connectBorrower("mercedes-c300", { vin: sandboxVin("mercedes-c300") });
    await assignProfile({ borrowerId: connected.borrowerId, profileId, actor: harness.admin });
    await saveCollateral({
      borrowerId: connected.borrowerId,
      input: { vin: sandboxVin("hyundai-sonata") },
      actor: harness.admin,
    });
    const live = { borrowerId: connected.borrowerId, status: { not: "RESOLVED" as const } };
    expect(
      (
        await harness.db.violation.findMany({
          where: live,
          select: { ruleKey: true },
          orderBy: { ruleKey: "asc" },
        })
      ).map((v) => v.ruleKey),
    ).toEqual(["collateral-covered", "collision-deductible"]);

    await saveProfile({
      profileId,
      input: {
        name: "Collateral only",
        rules: [{ ruleKey: "policy-active", severity: "HIGH", input: {} }],
        reminderDays: [7],
        autoOutreach: false,
      },
      actor: harness.admin,
    });
    await reevaluateBorrowers([connected.borrowerId]);
    expect(await harness.db.violation.count({ where: live })).toBe(0);
    const borrower = await harness.db.borrower.findUniqueOrThrow({ where: { id: connected.borrowerId } });
    expect(borrower.openViolationCount).toBe(0);
    // The record no longer shows the old profile's borrower rules: the newest evaluation has none.
    const newest = await harness.db.borrowerEvaluation.findFirstOrThrow({
      where: { borrowerId: connected.borrowerId },
      orderBy: { evaluatedAt: "desc" },
    });
    expect(newest.results).toEqual([]);
  });
});
