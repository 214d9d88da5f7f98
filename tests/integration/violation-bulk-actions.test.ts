// The violation queue's bulk actions against a real PostgreSQL and the twin: "all matching" waived through the
// job, each violation once with one audit row and its borrower's status refreshed, a re-run changing nothing;
// a selection of a page or less run inline; "ask to reconnect" writing once to each distinct borrower.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Severity } from "@/generated/prisma/enums";
import { type Harness, startServerHarness } from "../support/server-harness";

let harness: Harness;
const day = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  harness = await startServerHarness();
});
afterAll(async () => {
  const { stopQueue } = await import("@/lib/server/jobs/queue");
  await stopQueue();
  await harness.close();
});

async function addViolations(
  borrowerId: string,
  ruleKey: string,
  count: number,
  severity: Severity = "HIGH",
) {
  const ids: string[] = [];
  for (let index = 0; index < count; index++) {
    const violation = await harness.db.violation.create({
      data: {
        borrowerId,
        ruleKey,
        severity,
        status: "OPEN",
        outcome: "FAIL",
        message: `${ruleKey} ${index}`,
        evidence: {},
      },
      select: { id: true },
    });
    ids.push(violation.id);
  }
  return ids;
}

async function borrower() {
  const loanReference = `VB-${randomBytes(4).toString("hex")}`;
  return harness.db.borrower.create({
    data: { firstName: "Bulk", lastName: "Waiver", email: `${loanReference}@example.com`, loanReference },
    select: { id: true },
  });
}

describe("bulk waive of all matching", () => {
  it("runs as a job: every violation waived once, one audit row each, statuses refreshed; a re-run changes nothing", async () => {
    const { startBulkAction } = await import("@/lib/server/bulk/start-bulk-action");
    const { runBulkAction } = await import("@/lib/server/bulk/run-bulk-action");
    const { parseViolationListParams } = await import("@/lib/violations/violation-list-params");
    const rule = `waive-all-${randomBytes(3).toString("hex")}`;
    const borrowers = [await borrower(), await borrower(), await borrower()];
    const ids: string[] = [];
    for (const [index, { id }] of borrowers.entries())
      ids.push(...(await addViolations(id, rule, 50 + index)));
    // One that does not match (another severity) stays open.
    const [other] = await addViolations(borrowers[0]?.id as string, rule, 1, "LOW");
    const until = new Date(Date.now() + 30 * day);
    const { filters } = parseViolationListParams({ rule, severity: "high" });

    const started = await startBulkAction({
      kind: "violation-waive",
      target: { violationFilters: filters },
      input: { reason: "Portfolio review in progress", until: until.toISOString().slice(0, 10) },
      actor: harness.admin,
    });
    // More than a page: the job does it, not the request.
    expect(started).toMatchObject({ total: 153, isInline: false });
    expect(await harness.db.violation.count({ where: { ruleKey: rule, status: "WAIVED" } })).toBe(0);

    await runBulkAction(started.id);
    const action = await harness.db.bulkAction.findUniqueOrThrow({ where: { id: started.id } });
    expect(action).toMatchObject({ status: "DONE", total: 153, processed: 153, succeeded: 153, failed: 0 });
    const waived = await harness.db.violation.findMany({
      where: { id: { in: ids } },
      select: { status: true, waiverReason: true },
    });
    expect(
      waived.every((row) => row.status === "WAIVED" && row.waiverReason === "Portfolio review in progress"),
    ).toBe(true);
    expect((await harness.db.violation.findUniqueOrThrow({ where: { id: other as string } })).status).toBe(
      "OPEN",
    );
    const audits = async () =>
      harness.db.auditLog.groupBy({
        by: ["targetId"],
        where: { action: "violation.waived", targetId: { in: ids } },
        _count: true,
      });
    const once = await audits();
    expect(once).toHaveLength(153);
    expect(once.every((row) => row._count === 1)).toBe(true);
    // The borrowers' stored status was refreshed with each waiver: nothing open counts against them now.
    const stored = await harness.db.borrower.findMany({
      where: { id: { in: borrowers.slice(1).map((row) => row.id) } },
      select: { openViolationCount: true },
    });
    expect(stored.map((row) => row.openViolationCount)).toEqual([0, 0]);

    // The job again (a retry), and the items put back as if the marks were lost: nothing is acted on twice.
    await runBulkAction(started.id);
    await harness.db.bulkActionItem.updateMany({
      where: { bulkActionId: started.id },
      data: { status: "PENDING" },
    });
    await harness.db.bulkAction.update({ where: { id: started.id }, data: { status: "RUNNING" } });
    await runBulkAction(started.id);
    const again = await audits();
    expect(again.every((row) => row._count === 1)).toBe(true);
    expect(
      await harness.db.auditLog.count({ where: { action: "bulk-action.started", targetId: started.id } }),
    ).toBe(1);
  });

  it("refuses a waiver without a reason or ending in the past, before recording anything", async () => {
    const { startBulkAction } = await import("@/lib/server/bulk/start-bulk-action");
    const { id } = await borrower();
    const ids = await addViolations(id, `refuse-${randomBytes(2).toString("hex")}`, 2);
    const before = await harness.db.bulkAction.count();
    const start = (input: Record<string, unknown>) =>
      startBulkAction({
        kind: "violation-waive",
        target: { violationIds: ids },
        input,
        actor: harness.admin,
      });
    await expect(start({ reason: "", until: "2099-01-01" })).rejects.toThrow(
      "Give the reason for the waiver",
    );
    await expect(start({ reason: "Too late", until: "2001-01-01" })).rejects.toThrow(
      "A waiver must end in the future.",
    );
    await expect(start({ reason: "Forever, almost", until: "2099-01-01" })).rejects.toThrow(
      "A waiver may run 365 days at most",
    );
    await expect(start({ reason: "No date" })).rejects.toThrow();
    expect(await harness.db.bulkAction.count()).toBe(before);
  });
});

describe("a page or less", () => {
  it("may run inline: acknowledge, assign and set a due date, each audited once", async () => {
    const { startBulkAction } = await import("@/lib/server/bulk/start-bulk-action");
    const { runBulkAction } = await import("@/lib/server/bulk/run-bulk-action");
    const { id } = await borrower();
    const ids = await addViolations(id, `inline-${randomBytes(2).toString("hex")}`, 4);
    const run = async (
      kind: Parameters<typeof startBulkAction>[0]["kind"],
      input: Record<string, unknown>,
    ) => {
      const started = await startBulkAction({
        kind,
        target: { violationIds: ids },
        input,
        actor: harness.admin,
      });
      expect(started.isInline).toBe(true);
      await runBulkAction(started.id);
      return harness.db.bulkAction.findUniqueOrThrow({ where: { id: started.id } });
    };
    expect(await run("violation-acknowledge", {})).toMatchObject({ status: "DONE", succeeded: 4 });
    expect(await run("violation-assign", { assigneeId: harness.admin.id })).toMatchObject({ succeeded: 4 });
    expect(await run("violation-set-due", { dueAt: "2030-01-31" })).toMatchObject({ succeeded: 4 });
    // The same again: each item succeeds, and changes and audits nothing.
    expect(await run("violation-assign", { assigneeId: harness.admin.id })).toMatchObject({ succeeded: 4 });
    const rows = await harness.db.violation.findMany({ where: { id: { in: ids } } });
    expect(rows.every((row) => row.status === "ACKNOWLEDGED" && row.assigneeId === harness.admin.id)).toBe(
      true,
    );
    expect(rows.every((row) => row.dueAt?.toISOString() === "2030-01-31T00:00:00.000Z")).toBe(true);
    for (const action of ["violation.acknowledged", "violation.assigned", "violation.due-date-set"])
      expect({
        action,
        count: await harness.db.auditLog.count({ where: { action, targetId: { in: ids } } }),
      }).toEqual({
        action,
        count: 4,
      });
  });

  it("refuses to assign to a viewer", async () => {
    const { startBulkAction } = await import("@/lib/server/bulk/start-bulk-action");
    const { createUser } = await import("@/lib/server/users/create-user");
    const { user } = await createUser({
      email: `viewer-${randomBytes(3).toString("hex")}@example.com`,
      name: "Vi Ewer",
      role: "VIEWER",
    });
    const { id } = await borrower();
    const ids = await addViolations(id, `viewer-${randomBytes(2).toString("hex")}`, 1);
    await expect(
      startBulkAction({
        kind: "violation-assign",
        target: { violationIds: ids },
        input: { assigneeId: user.id },
        actor: harness.admin,
      }),
    ).rejects.toThrow("That user cannot work violations.");
  });
});

describe("ask to reconnect from the queue", () => {
  it("writes once to each distinct borrower of the chosen violations", async () => {
    const { startBulkAction } = await import("@/lib/server/bulk/start-bulk-action");
    const { runBulkAction } = await import("@/lib/server/bulk/run-bulk-action");
    const [first, second] = [await harness.connectBorrower(), await harness.connectBorrower()];
    const rule = `reconnect-${randomBytes(2).toString("hex")}`;
    const ids = [
      ...(await addViolations(first.borrowerId, rule, 3)),
      ...(await addViolations(second.borrowerId, rule, 2)),
    ];
    const started = await startBulkAction({
      kind: "ask-reconnect",
      target: { violationIds: ids },
      input: {},
      actor: harness.admin,
    });
    expect(started).toMatchObject({ total: 2, isInline: false });
    await runBulkAction(started.id);
    const outreach = await harness.db.outreach.groupBy({
      by: ["borrowerId"],
      where: { borrowerId: { in: [first.borrowerId, second.borrowerId] } },
      _count: true,
    });
    expect(Object.fromEntries(outreach.map((row) => [row.borrowerId, row._count]))).toEqual({
      [first.borrowerId]: 1,
      [second.borrowerId]: 1,
    });
    expect(
      await harness.db.auditLog.count({
        where: { action: "outreach.requested", targetId: { in: [first.borrowerId, second.borrowerId] } },
      }),
    ).toBe(2);
  });
});
