// The borrower record's timeline against a real PostgreSQL and the twin: a carrier change arrives as a real
// webhook, and the timeline tells it in words (the snapshot's diff), beside the event, the violation it opened
// and the officer's actions, newest first, in pages that neither skip nor repeat, filterable by kind.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { policyActions, runAction } from "../../axle-twin/src/actions";
import { type Harness, startServerHarness } from "../support/server-harness";

let harness: Harness;
beforeAll(async () => {
  harness = await startServerHarness();
});
afterAll(() => harness.close());

async function timeline(borrowerId: string, options: { kind?: string; size?: number; cursor?: string } = {}) {
  const { listTimeline, decodeTimelineCursor } = await import(
    "@/lib/server/borrowers/timeline/list-timeline"
  );
  const { timelineKindParam } = await import("@/lib/borrowers/timeline-kinds");
  return listTimeline({
    borrowerId,
    kind: timelineKindParam(options.kind),
    cursor: decodeTimelineCursor(options.cursor),
    size: options.size,
  });
}

async function wordsOf(borrowerId: string, kind?: string) {
  const { describeTimelineEntry } = await import("@/lib/borrowers/timeline-entry-words");
  const page = await timeline(borrowerId, { kind, size: 100 });
  return page.rows.map((row) => ({ kind: row.kind, ...describeTimelineEntry(row) }));
}

describe("the borrower's timeline", () => {
  it("tells a raised deductible in words, with its event, the violation it opened and the officer's waiver", async () => {
    const { saveProfile } = await import("@/lib/server/profiles/save-profile");
    const { assignProfile } = await import("@/lib/server/profiles/assign-profile");
    const { waiveViolation } = await import("@/lib/server/violations/act-on-violation");
    const borrower = await harness.connectBorrower("mercedes-c300");
    const profile = await saveProfile({
      input: {
        name: `Deductible ${borrower.borrowerId}`,
        rules: [{ ruleKey: "collision-deductible", severity: "HIGH", input: { maxDeductible: 500 } }],
        reminderDays: [],
        autoOutreach: false,
      },
      actor: harness.admin,
    });
    await assignProfile({
      borrowerId: borrower.borrowerId,
      profileId: profile.profileId,
      actor: harness.admin,
    });

    runAction(policyActions, "raise-deductible", harness.twin.context, borrower.policyId, { by: 1000 });
    const { outcome } = await harness.deliverEvent("policy.modified", { ref: borrower.policyId });
    expect(outcome).toBe("done");
    const violation = await harness.db.violation.findFirstOrThrow({
      where: { policyId: borrower.policyId, ruleKey: "collision-deductible" },
    });
    await waiveViolation({
      violationId: violation.id,
      reason: "Borrower is shopping for a new policy",
      until: new Date(Date.now() + 7 * 86_400_000),
      actor: harness.admin,
    });

    const entries = await wordsOf(borrower.borrowerId);
    const titles = entries.map((entry) => entry.title);
    const change = entries.find(
      (entry) => entry.title.startsWith("Policy") && entry.title.includes("changed"),
    );
    expect(change?.lines).toContain("Collision deductible on 2019 Mercedes-Benz C 300: $500 → $1,500");
    expect(change?.lines).toContain("Comprehensive deductible on 2019 Mercedes-Benz C 300: $500 → $1,500");
    expect(titles).toContain("Axle reported a change to the policy · processed");
    expect(titles).toContain("Violation opened: Collision on the collateral, deductible at most");
    expect(titles.some((title) => title.startsWith("Violation waived until"))).toBe(true);
    expect(titles).toContain(`Requirements changed to Deductible ${borrower.borrowerId}`);
    expect(titles).toContain("Insurance account connected");
    expect(titles).toContain("Carrier account fetched when the borrower connected");
    // Newest first: the waiver (the officer's last action) leads, the borrower's creation closes.
    expect(titles[0]).toMatch(/^Violation waived until/);
    expect(titles.at(-1)).toBe("Borrower added");

    // One kind at a time: only the snapshots, and the total counts them.
    const changes = await timeline(borrower.borrowerId, { kind: "change", size: 100 });
    expect(changes.rows.every((row) => row.kind === "change")).toBe(true);
    const snapshots =
      (await harness.db.policySnapshot.count({ where: { policyId: borrower.policyId } })) +
      (await harness.db.accountSnapshot.count({
        where: { account: { connectionId: borrower.connectionId } },
      }));
    expect(changes.total).toBe(snapshots);
    expect(changes.rows).toHaveLength(snapshots);
  });

  it("pages newest first through every entry exactly once, and back to the start", async () => {
    const borrower = await harness.connectBorrower("mercedes-c300");
    for (const by of [100, 200, 300]) {
      runAction(policyActions, "raise-deductible", harness.twin.context, borrower.policyId, { by });
      await harness.deliverEvent("policy.modified", { ref: borrower.policyId });
    }
    const everything = await timeline(borrower.borrowerId, { size: 100 });
    expect(everything.total).toBeGreaterThan(8);
    const times = everything.rows.map((row) => row.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));

    const seen: string[] = [];
    let page = await timeline(borrower.borrowerId, { size: 3 });
    for (;;) {
      seen.push(...page.rows.map((row) => `${row.source}:${row.id}`));
      if (!page.nextCursor) break;
      page = await timeline(borrower.borrowerId, { size: 3, cursor: page.nextCursor });
    }
    expect(seen).toEqual(everything.rows.map((row) => `${row.source}:${row.id}`));
    while (page.previousCursor)
      page = await timeline(borrower.borrowerId, { size: 3, cursor: page.previousCursor });
    expect(page.offset).toBe(0);
    expect(page.rows.map((row) => `${row.source}:${row.id}`)).toEqual(seen.slice(0, 3));
  });

  it("shows nothing of another borrower", async () => {
    const [first, second] = [await harness.connectBorrower(), await harness.connectBorrower()];
    const mine = await timeline(first.borrowerId, { size: 100 });
    const ids = new Set(
      (await timeline(second.borrowerId, { size: 100 })).rows.map((row) => `${row.source}:${row.id}`),
    );
    expect(mine.rows.length).toBeGreaterThan(0);
    expect(mine.rows.filter((row) => ids.has(`${row.source}:${row.id}`))).toEqual([]);
  });
});
