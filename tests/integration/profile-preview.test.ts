// The dry run of an edited profile against a real PostgreSQL and policies fetched through the twin: what would
// change, for the portfolio (whole, or sampled with a stated margin) and for one borrower, and nothing written.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startServerHarness } from "../support/server-harness";

let harness: Harness;
beforeAll(async () => {
  harness = await startServerHarness();
});
afterAll(() => harness.close());

const collision = (maxDeductible: number) => [
  { ruleKey: "collision-deductible", severity: "HIGH" as const, input: { maxDeductible } },
];

describe("previewing a profile's edit", () => {
  it("says which borrowers would newly fail, and why, and writes nothing", async () => {
    const { saveProfile } = await import("@/lib/server/profiles/save-profile");
    const { assignProfile } = await import("@/lib/server/profiles/assign-profile");
    const { previewProfile, previewProfileForBorrower } = await import(
      "@/lib/server/profiles/preview-profile"
    );
    const profile = await saveProfile({
      input: {
        name: "Collision within $1,000",
        rules: collision(1000),
        reminderDays: [],
        autoOutreach: false,
      },
      actor: harness.admin,
    });
    const borrowers = [
      await harness.connectBorrower(),
      await harness.connectBorrower(),
      await harness.connectBorrower(),
    ];
    for (const borrower of borrowers)
      await assignProfile({
        borrowerId: borrower.borrowerId,
        profileId: profile.profileId,
        actor: harness.admin,
      });
    const counts = async () => ({
      evaluations: await harness.db.evaluation.count(),
      violations: await harness.db.violation.count(),
      versions: await harness.db.requirementProfileVersion.count(),
    });
    const before = await counts();

    // The sandbox policy's $500 collision deductible fails a $250 maximum.
    const preview = await previewProfile({ profileId: profile.profileId, rules: collision(250) });
    expect(preview).toMatchObject({ total: 3, examined: 3, isSample: false });
    expect(preview.transitions).toEqual([{ from: "pass", to: "fail", count: 3, estimate: 3, margin: 0 }]);
    expect(preview.rules).toEqual([
      {
        ruleKey: "collision-deductible",
        title: "Collision on the collateral, deductible at most",
        newlyFailing: { count: 3, estimate: 3, margin: 0 },
        newlyPassing: { count: 0, estimate: 0, margin: 0 },
        example: "$500 deductible",
      },
    ]);
    expect(preview.examples.map((example) => example.borrowerId).sort()).toEqual(
      borrowers.map((borrower) => borrower.borrowerId).sort(),
    );
    expect(preview.examples[0]?.because).toEqual(["Collision on the collateral, deductible at most"]);
    // The same rules as saved change nothing.
    expect(
      (await previewProfile({ profileId: profile.profileId, rules: collision(1000) })).transitions,
    ).toEqual([]);

    const one = await previewProfileForBorrower({
      loanReference: (
        await harness.db.borrower.findUniqueOrThrow({ where: { id: borrowers[0]?.borrowerId ?? "" } })
      ).loanReference,
      rules: collision(250),
    });
    expect(one?.policies[0]?.rules[0]).toMatchObject({
      ruleKey: "collision-deductible",
      before: "pass",
      after: { outcome: "fail", evidence: { found: "$500 deductible" } },
    });
    expect(
      await previewProfileForBorrower({ loanReference: "NO-SUCH-LOAN", rules: collision(250) }),
    ).toBeNull();

    expect(await counts()).toEqual(before);
  });

  it("beyond its sample size, examines a random sample and states each count as an estimate with a margin", async () => {
    const { previewProfile } = await import("@/lib/server/profiles/preview-profile");
    // Two borrowers without a profile of their own: the default profile's.
    await harness.connectBorrower();
    await harness.connectBorrower();
    const defaultProfile = await harness.db.requirementProfile.findFirstOrThrow({
      where: { isDefault: true },
    });
    const whole = await previewProfile({ profileId: defaultProfile.id, rules: collision(250) });
    expect(whole.total).toBeGreaterThanOrEqual(2);
    const sampled = await previewProfile({
      profileId: defaultProfile.id,
      rules: collision(250),
      sampleSize: 1,
    });
    expect(sampled).toMatchObject({ total: whole.total, examined: 1, isSample: true });
    for (const rule of sampled.rules) {
      expect(rule.newlyFailing.estimate).toBeLessThanOrEqual(whole.total);
      expect(rule.newlyFailing.margin).toBeGreaterThanOrEqual(0);
    }
  });
});
