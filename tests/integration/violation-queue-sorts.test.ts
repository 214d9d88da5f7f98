// The violation queue's sorts and new filters against a real PostgreSQL: every sort, both ways, pages through
// every row exactly once, forward and back, with many ties (names, severities, dates, assignees) and empty due
// dates and assignees; severity in any letter case; "Mine", "Unassigned" and "Overdue"; the export holds the
// filtered rows in the queue's order.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Severity, ViolationStatus } from "@/generated/prisma/enums";
import type { CurrentUser } from "@/lib/server/auth/current-user";
import { type Harness, startServerHarness } from "../support/server-harness";

let harness: Harness;
let officer: CurrentUser;
const now = new Date("2026-06-01T12:00:00.000Z");
const day = 24 * 60 * 60 * 1000;
const severities: Severity[] = ["CRITICAL", "HIGH", "MEDIUM", "LOW"];
const statuses: ViolationStatus[] = ["OPEN", "ACKNOWLEDGED", "WAIVED"];
const seeded: string[] = [];

beforeAll(async () => {
  harness = await startServerHarness();
  const { createUser } = await import("@/lib/server/users/create-user");
  const { user } = await createUser({
    email: `officer-${randomBytes(3).toString("hex")}@example.com`,
    name: "Ann Officer",
    role: "COMPLIANCE_OFFICER",
  });
  officer = { id: user.id, email: user.email, name: user.name, role: user.role };
  // Two borrowers share a name: the borrower sort must break that tie by the violation's id.
  const names = [
    ["Ada", "Zeta"],
    ["Ada", "Zeta"],
    ["Bo", "Alpha"],
    ["Cy", "Alpha"],
    ["Di", "Mu"],
  ];
  const borrowerIds: string[] = [];
  for (const [firstName, lastName] of names) {
    const loanReference = `VS-${randomBytes(4).toString("hex")}`;
    const borrower = await harness.db.borrower.create({
      data: {
        firstName: firstName as string,
        lastName: lastName as string,
        email: `${loanReference}@example.com`,
        loanReference,
      },
      select: { id: true },
    });
    borrowerIds.push(borrower.id);
  }
  const assignees = [harness.admin.id, officer.id, null];
  const dues = [new Date(now.getTime() - 2 * day), new Date(now.getTime() + 3 * day), null, null];
  for (let index = 0; index < 137; index++) {
    const violation = await harness.db.violation.create({
      data: {
        borrowerId: borrowerIds[index % borrowerIds.length] as string,
        ruleKey: ["policy-active", "collision-deductible", "lienholder-listed"][index % 3] as string,
        severity: severities[index % severities.length] as Severity,
        status: statuses[index % statuses.length] as ViolationStatus,
        outcome: "FAIL",
        message: `Sorted ${index}`,
        evidence: {},
        // Few distinct moments: most rows tie with others on each date.
        firstSeenAt: new Date(now.getTime() - (10 + (index % 4)) * day),
        lastSeenAt: new Date(now.getTime() - (index % 3) * day),
        assigneeId: assignees[index % assignees.length],
        dueAt: dues[index % dues.length],
        waivedUntil:
          statuses[index % statuses.length] === "WAIVED" ? new Date(now.getTime() + 30 * day) : null,
      },
      select: { id: true },
    });
    seeded.push(violation.id);
  }
});
afterAll(async () => {
  await harness.close();
});

async function list(raw: Record<string, string>, cursor: string | null = null, userId = harness.admin.id) {
  const { listViolations } = await import("@/lib/server/violations/list-violations");
  const { parseViolationListParams } = await import("@/lib/violations/violation-list-params");
  const params = parseViolationListParams({ ...raw, ...(cursor ? { cursor } : {}) });
  expect(params.notices).toEqual([]);
  return listViolations(params, { now, userId });
}

describe("sorting", () => {
  const sortKeys = ["severity", "first-seen", "last-seen", "borrower", "rule", "due", "assignee"];
  for (const sort of sortKeys)
    for (const dir of ["asc", "desc"])
      it(`sort=${sort}&dir=${dir} pages through every row exactly once, both ways, in one order`, async () => {
        const { readSortedViolations, violationsWhere } = await import(
          "@/lib/server/violations/list-violations"
        );
        const { parseViolationListParams } = await import("@/lib/violations/violation-list-params");
        const view = { sort, dir, size: "25" };
        const { filters, sort: parsedSort } = parseViolationListParams(view);
        // The whole view in one read, for the order the pages must follow.
        const whole = await readSortedViolations({
          where: violationsWhere(filters, { now, userId: harness.admin.id }),
          sort: parsedSort,
          boundary: null,
          limit: 100_000,
          find: (args) =>
            harness.db.violation.findMany({
              ...args,
              select: {
                id: true,
                severity: true,
                firstSeenAt: true,
                lastSeenAt: true,
                ruleKey: true,
                dueAt: true,
                borrower: { select: { firstName: true, lastName: true } },
                assignee: { select: { name: true } },
              },
            }),
        });
        const live = await harness.db.violation.count({ where: { status: { not: "RESOLVED" } } });
        expect(whole).toHaveLength(live);
        expect(live).toBeGreaterThanOrEqual(137);

        let page = await list(view);
        const forward: string[] = [];
        for (;;) {
          forward.push(...page.rows.map((row) => row.id));
          expect(page.total).toBe(live);
          if (!page.nextCursor) break;
          page = await list(view, page.nextCursor);
        }
        expect(new Set(forward).size).toBe(forward.length);
        expect(forward).toEqual(whole.map((row) => row.id));
        for (const id of seeded) expect(forward).toContain(id);

        const backward = page.rows.map((row) => row.id);
        while (page.previousCursor) {
          page = await list(view, page.previousCursor);
          backward.unshift(...page.rows.map((row) => row.id));
        }
        expect(backward).toEqual(forward);
        expect(page.offset).toBe(0);
      });

  it("orders severity most severe first when descending, and empty due dates last either way", async () => {
    const rank = { LOW: 0, MEDIUM: 1, HIGH: 2, CRITICAL: 3 };
    const bySeverity = (await list({ sort: "severity", dir: "desc", size: "100" })).rows.map(
      (row) => rank[row.severity],
    );
    expect(bySeverity).toEqual([...bySeverity].sort((a, b) => b - a));
    for (const dir of ["asc", "desc"]) {
      const rows: { dueAt: Date | null }[] = [];
      let page = await list({ sort: "due", dir, size: "100" });
      rows.push(...page.rows);
      while (page.nextCursor) {
        page = await list({ sort: "due", dir, size: "100" }, page.nextCursor);
        rows.push(...page.rows);
      }
      const firstEmpty = rows.findIndex((row) => row.dueAt === null);
      expect(firstEmpty).toBeGreaterThan(0);
      expect(rows.slice(firstEmpty).every((row) => row.dueAt === null)).toBe(true);
      const times = rows.slice(0, firstEmpty).map((row) => row.dueAt?.getTime() ?? 0);
      expect(times).toEqual([...times].sort((a, b) => (dir === "asc" ? a - b : b - a)));
    }
  });

  it("a cursor made for another sort or direction is refused with the notice, not misread", async () => {
    const { parseViolationListParams } = await import("@/lib/violations/violation-list-params");
    const page = await list({ sort: "severity", dir: "desc", size: "25" });
    const other = parseViolationListParams({
      sort: "severity",
      dir: "asc",
      cursor: page.nextCursor as string,
    });
    expect(other.cursor).toBeNull();
    expect(other.notices).toEqual(["That page link is no longer valid: showing the first page."]);
  });
});

describe("filters", () => {
  it("severity in any letter case; an unknown one is named in a notice", async () => {
    const { parseViolationListParams } = await import("@/lib/violations/violation-list-params");
    const upper = await list({ severity: "LOW" });
    expect((await list({ severity: "low" })).total).toBe(upper.total);
    expect((await list({ severity: "Low" })).total).toBe(upper.total);
    expect(upper.total).toBeGreaterThan(0);
    expect(upper.rows.every((row) => row.severity === "LOW")).toBe(true);
    const unknown = parseViolationListParams({ severity: "urgent" });
    expect(unknown.filters).toEqual({});
    expect(unknown.notices).toEqual(["Ignored an unknown severity: “urgent”."]);
  });

  it("Mine, Unassigned and Overdue", async () => {
    const count = (where: object) =>
      harness.db.violation.count({ where: { status: { not: "RESOLVED" }, ...where } });
    const mine = await list({ assignee: "me", size: "100" }, null, officer.id);
    expect(mine.total).toBe(await count({ assigneeId: officer.id }));
    expect(mine.rows.every((row) => row.assignee?.id === officer.id)).toBe(true);
    expect((await list({ assignee: "me" })).total).toBe(await count({ assigneeId: harness.admin.id }));
    expect((await list({ assignee: officer.id })).total).toBe(mine.total);

    const unassigned = await list({ assignee: "none", size: "100" });
    expect(unassigned.total).toBe(await count({ assigneeId: null }));
    expect(unassigned.rows.every((row) => row.assignee === null)).toBe(true);

    const overdue = await list({ overdue: "1", size: "100" });
    expect(overdue.total).toBe(await count({ dueAt: { lt: now }, status: { in: ["OPEN", "ACKNOWLEDGED"] } }));
    expect(overdue.total).toBeGreaterThan(0);
    expect(overdue.rows.every((row) => row.status !== "WAIVED" && row.dueAt && row.dueAt < now)).toBe(true);
    // Filters combine: my overdue ones.
    const mineOverdue = await list({ overdue: "1", assignee: "me" }, null, officer.id);
    expect(mineOverdue.total).toBe(
      await count({ assigneeId: officer.id, dueAt: { lt: now }, status: { in: ["OPEN", "ACKNOWLEDGED"] } }),
    );
  });
});

describe("the export", () => {
  it("holds exactly the filtered rows, in the queue's sort", async () => {
    const { violationExportRows } = await import("@/lib/server/exports/violation-export-rows");
    const { parseViolationListParams } = await import("@/lib/violations/violation-list-params");
    const view = { severity: "high", assignee: "none", sort: "borrower", dir: "desc" };
    const { filters, sort } = parseViolationListParams(view);
    const exported: string[] = [];
    for await (const row of violationExportRows({
      filters,
      sort,
      context: { now, userId: harness.admin.id },
      batchSize: 7,
    }))
      exported.push(row.id);
    const shown: string[] = [];
    let page = await list({ ...view, size: "25" });
    shown.push(...page.rows.map((row) => row.id));
    while (page.nextCursor) {
      page = await list({ ...view, size: "25" }, page.nextCursor);
      shown.push(...page.rows.map((row) => row.id));
    }
    expect(exported).toEqual(shown);
    expect(exported.length).toBe(
      await harness.db.violation.count({
        where: { status: { not: "RESOLVED" }, severity: "HIGH", assigneeId: null },
      }),
    );
    expect(exported.length).toBeGreaterThan(7);
  });
});
