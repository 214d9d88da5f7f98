// Bulk actions against a real PostgreSQL and the twin over HTTP: the borrowers are fixed when the action is
// confirmed, each is worked once however often the job runs, a job that died half-way goes on where it
// stopped, one borrower's failure does not stop the others, and the whole thing is audited.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startServerHarness } from "../support/server-harness";

let harness: Harness;

beforeAll(async () => {
  harness = await startServerHarness();
});
afterAll(async () => {
  const { stopQueue } = await import("@/lib/server/jobs/queue");
  await stopQueue();
  await harness.close();
});

async function refreshAll() {
  const { db } = await import("@/lib/server/db");
  await db.$executeRaw`SELECT coverwatch_refresh_compliance(NULL, now(), 48)`;
}

describe("bulk actions", () => {
  it("assigns a profile to every selected borrower once, even when the job runs again", async () => {
    const { startBulkAction } = await import("@/lib/server/bulk/start-bulk-action");
    const { runBulkAction } = await import("@/lib/server/bulk/run-bulk-action");
    const { saveProfile } = await import("@/lib/server/profiles/save-profile");
    const borrowers = [
      await harness.connectBorrower(),
      await harness.connectBorrower(),
      await harness.connectBorrower(),
    ];
    const profile = await saveProfile({
      input: {
        name: "Bulk target",
        rules: [{ ruleKey: "policy-active", severity: "HIGH", input: {} }],
        reminderDays: [7],
        autoOutreach: false,
      },
      actor: harness.admin,
    });
    await refreshAll();

    const started = await startBulkAction({
      kind: "assign-profile",
      target: { borrowerIds: borrowers.map((borrower) => borrower.borrowerId) },
      input: { profileId: profile.profileId },
      actor: harness.admin,
    });
    expect(started.total).toBe(3);
    // A borrower added after the confirmation is not part of it.
    const late = await harness.connectBorrower();

    await runBulkAction(started.id);
    await runBulkAction(started.id);

    const action = await harness.db.bulkAction.findUniqueOrThrow({ where: { id: started.id } });
    expect(action).toMatchObject({ status: "DONE", total: 3, processed: 3, succeeded: 3, failed: 0 });
    const assigned = await harness.db.borrower.findMany({
      where: { requirementProfileId: profile.profileId },
      select: { id: true },
    });
    expect(assigned.map((row) => row.id).sort()).toEqual(
      borrowers.map((borrower) => borrower.borrowerId).sort(),
    );
    expect(assigned.map((row) => row.id)).not.toContain(late.borrowerId);
    const audits = await harness.db.auditLog.count({
      where: { action: "borrower.profile-assigned", details: { path: ["to"], equals: profile.profileId } },
    });
    expect(audits).toBe(3);
    expect(
      await harness.db.auditLog.count({ where: { action: "bulk-action.started", targetId: started.id } }),
    ).toBe(1);
  });

  it("a job that died half-way works only the borrowers it had not done", async () => {
    const { startBulkAction } = await import("@/lib/server/bulk/start-bulk-action");
    const { runBulkAction } = await import("@/lib/server/bulk/run-bulk-action");
    const borrowers = [
      await harness.connectBorrower(),
      await harness.connectBorrower(),
      await harness.connectBorrower(),
    ];
    const started = await startBulkAction({
      kind: "ask-reconnect",
      target: { borrowerIds: borrowers.map((borrower) => borrower.borrowerId) },
      input: {},
      actor: harness.admin,
    });
    // The first run got through one borrower, then its worker died.
    const first = borrowers[0] as { borrowerId: string };
    await harness.db.bulkActionItem.update({
      where: { bulkActionId_targetId: { bulkActionId: started.id, targetId: first.borrowerId } },
      data: { status: "DONE", doneAt: new Date() },
    });
    await harness.db.bulkAction.update({
      where: { id: started.id },
      data: { status: "RUNNING", processed: 1, succeeded: 1 },
    });

    await runBulkAction(started.id);

    const action = await harness.db.bulkAction.findUniqueOrThrow({ where: { id: started.id } });
    expect(action).toMatchObject({ status: "DONE", processed: 3, succeeded: 3 });
    const outreach = await harness.db.outreach.groupBy({
      by: ["borrowerId"],
      where: { borrowerId: { in: borrowers.map((borrower) => borrower.borrowerId) } },
      _count: true,
    });
    expect(Object.fromEntries(outreach.map((row) => [row.borrowerId, row._count]))).toEqual({
      [borrowers[1]?.borrowerId as string]: 1,
      [borrowers[2]?.borrowerId as string]: 1,
    });
  });

  it("one borrower that cannot be worked is reported, and the others are done", async () => {
    const { startBulkAction } = await import("@/lib/server/bulk/start-bulk-action");
    const { runBulkAction } = await import("@/lib/server/bulk/run-bulk-action");
    const { descopeConnection } = await import("@/lib/server/connections/descope-connection");
    const [kept, descoped] = [await harness.connectBorrower(), await harness.connectBorrower()];
    await descopeConnection({ connectionId: descoped.connectionId, actor: harness.admin });
    const started = await startBulkAction({
      kind: "ask-reconnect",
      target: { borrowerIds: [kept.borrowerId, descoped.borrowerId] },
      input: {},
      actor: harness.admin,
    });
    await runBulkAction(started.id);
    const action = await harness.db.bulkAction.findUniqueOrThrow({ where: { id: started.id } });
    expect(action).toMatchObject({ status: "DONE", processed: 2, succeeded: 1, failed: 1 });
    expect(action.errors).toEqual([
      { borrowerId: descoped.borrowerId, error: "Monitoring has stopped for this borrower." },
    ]);
  });

  it("refuses an empty selection or one larger than a page, and a filter that matches nobody", async () => {
    const { startBulkAction } = await import("@/lib/server/bulk/start-bulk-action");
    const before = await harness.db.bulkAction.count();
    await expect(
      startBulkAction({
        kind: "ask-reconnect",
        target: { borrowerIds: [] },
        input: {},
        actor: harness.admin,
      }),
    ).rejects.toThrow("Select between 1 and 100 borrowers");
    await expect(
      startBulkAction({
        kind: "ask-reconnect",
        target: { filters: { q: "nobody-is-called-this" } },
        input: {},
        actor: harness.admin,
      }),
    ).rejects.toThrow("No borrower matches");
    expect(await harness.db.bulkAction.count()).toBe(before);
  });

  it("stops when its author is disabled or demoted before the job runs, and works nobody", async () => {
    const { startBulkAction } = await import("@/lib/server/bulk/start-bulk-action");
    const { runBulkAction } = await import("@/lib/server/bulk/run-bulk-action");
    const { createUser } = await import("@/lib/server/users/create-user");
    const { user } = await createUser({
      email: `demoted-${Date.now()}@example.com`,
      name: "Soon Viewer",
      role: "ADMIN",
    });
    const author = { id: user.id, email: user.email, name: user.name, role: user.role };
    const borrower = await harness.connectBorrower();
    const started = await startBulkAction({
      kind: "ask-reconnect",
      target: { borrowerIds: [borrower.borrowerId] },
      input: {},
      actor: author,
    });
    await harness.db.user.update({ where: { id: user.id }, data: { role: "VIEWER" } });
    await runBulkAction(started.id);
    const action = await harness.db.bulkAction.findUniqueOrThrow({ where: { id: started.id } });
    expect(action).toMatchObject({ status: "FAILED", processed: 0 });
    expect(action.errors).toEqual([{ borrowerId: "", error: "Stopped: its author may no longer do this." }]);
    expect(await harness.db.outreach.count({ where: { borrowerId: borrower.borrowerId } })).toBe(0);
  });

  it("refuses to assign a profile that does not exist, before recording anything", async () => {
    const { startBulkAction } = await import("@/lib/server/bulk/start-bulk-action");
    const borrower = await harness.connectBorrower();
    const before = await harness.db.bulkAction.count();
    await expect(
      startBulkAction({
        kind: "assign-profile",
        target: { borrowerIds: [borrower.borrowerId] },
        input: { profileId: "no-such-profile" },
        actor: harness.admin,
      }),
    ).rejects.toThrow("That profile does not exist or is retired.");
    expect(await harness.db.bulkAction.count()).toBe(before);
  });

  it("shows its progress to its author only", async () => {
    const { startBulkAction } = await import("@/lib/server/bulk/start-bulk-action");
    const { getBulkActionProgress } = await import("@/lib/server/bulk/get-bulk-action-progress");
    const { createUser } = await import("@/lib/server/users/create-user");
    const { user: other } = await createUser({
      email: `other-${Date.now()}@example.com`,
      name: "Other",
      role: "ADMIN",
    });
    const borrower = await harness.connectBorrower();
    const started = await startBulkAction({
      kind: "ask-reconnect",
      target: { borrowerIds: [borrower.borrowerId] },
      input: {},
      actor: harness.admin,
    });
    expect(await getBulkActionProgress(started.id, harness.admin.id)).toMatchObject({
      id: started.id,
      total: 1,
    });
    expect(await getBulkActionProgress(started.id, other.id)).toBeNull();
  });
});
