// The violations queue against a real PostgreSQL: keyset pages that neither skip nor repeat a violation while
// others open between page loads, both ways; `status=open` totals equal the overview's counts (OPEN or
// ACKNOWLEDGED) per severity and per rule; the export reads the same rows; bad input changes nothing.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Severity, ViolationStatus } from "@/generated/prisma/enums";
import { type Harness, startServerHarness } from "../support/server-harness";

let harness: Harness;
let borrowerIds: string[] = [];
const now = new Date();
const hour = 60 * 60 * 1000;
const severities: Severity[] = ["CRITICAL", "HIGH", "MEDIUM", "LOW"];
const liveStatuses: ViolationStatus[] = ["OPEN", "ACKNOWLEDGED", "WAIVED"];
const allStatuses: ViolationStatus[] = [...liveStatuses, "RESOLVED"];

beforeAll(async () => {
  harness = await startServerHarness();
  borrowerIds = [];
  for (let index = 0; index < 5; index++) {
    const loanReference = `VQ-${index}-${randomBytes(3).toString("hex")}`;
    const borrower = await harness.db.borrower.create({
      data: {
        firstName: "Vera",
        lastName: `Queue${index}`,
        email: `${loanReference}@example.com`,
        loanReference,
      },
      select: { id: true },
    });
    borrowerIds.push(borrower.id);
  }
});
afterAll(async () => {
  await harness.close();
});

let serial = 0;
/** A violation under `ruleKey`; many share a firstSeenAt on purpose, so the id must break the ties. */
async function addViolation(ruleKey: string, overrides: Record<string, unknown> = {}) {
  serial += 1;
  const violation = await harness.db.violation.create({
    data: {
      borrowerId: borrowerIds[serial % borrowerIds.length] as string,
      ruleKey,
      severity: severities[serial % severities.length] as Severity,
      status: liveStatuses[serial % liveStatuses.length] as ViolationStatus,
      outcome: "FAIL",
      message: `Violation ${serial}`,
      evidence: {},
      firstSeenAt: new Date(now.getTime() - (30 + (serial % 6)) * 24 * hour),
      ...overrides,
    },
    select: { id: true },
  });
  return violation.id;
}

async function list(raw: Record<string, string>, cursor: string | null = null, userId = harness.admin.id) {
  const { listViolations } = await import("@/lib/server/violations/list-violations");
  const { parseViolationListParams } = await import("@/lib/violations/violation-list-params");
  return listViolations(parseViolationListParams({ ...raw, ...(cursor ? { cursor } : {}) }), { now, userId });
}

describe("keyset pages", () => {
  it("neither skip nor repeat a violation while others open between pages, forward and back", async () => {
    const rule = `rule-${randomBytes(3).toString("hex")}`;
    const original = new Set<string>();
    for (let index = 0; index < 73; index++) original.add(await addViolation(rule));
    const view = { rule, size: "25" };

    const seen: { id: string; firstSeenAt: number }[] = [];
    let page = await list(view);
    expect(page.total).toBe(73);
    let pages = 1;
    for (;;) {
      seen.push(...page.rows.map((row) => ({ id: row.id, firstSeenAt: row.firstSeenAt.getTime() })));
      expect(page.offset).toBe(seen.length - page.rows.length);
      // Violations open while the officer reads: new ones (they sort last), and late ones dated in the
      // middle of the queue, tied with rows already shown.
      await addViolation(rule, { firstSeenAt: new Date() });
      await addViolation(rule, { firstSeenAt: new Date(now.getTime() - 32 * 24 * hour) });
      if (!page.nextCursor) break;
      page = await list(view, page.nextCursor);
      pages += 1;
      expect(pages).toBeLessThan(20);
    }
    const ids = seen.map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of original) expect(ids).toContain(id);
    const times = seen.map((row) => row.firstSeenAt);
    expect(times).toEqual([...times].sort((a, b) => a - b));

    const backward = page.rows.map((row) => row.id);
    while (page.previousCursor) {
      page = await list(view, page.previousCursor);
      backward.unshift(...page.rows.map((row) => row.id));
    }
    expect(new Set(backward).size).toBe(backward.length);
    for (const id of original) expect(backward).toContain(id);
    expect(page.offset).toBe(0);
    expect(page.previousCursor).toBeNull();
  });

  it("pages hold 25, 50 or 100 rows; any other size is the default 50", async () => {
    const rule = `size-${randomBytes(3).toString("hex")}`;
    for (let index = 0; index < 120; index++) await addViolation(rule, { status: "OPEN" });
    expect((await list({ rule, size: "100" })).rows).toHaveLength(100);
    expect((await list({ rule, size: "25" })).rows).toHaveLength(25);
    expect((await list({ rule, size: "7" })).rows).toHaveLength(50);
    expect((await list({ rule, size: "100000" })).rows).toHaveLength(50);
  });
});

describe("status=open, the overview's tiles", () => {
  it("each severity's and rule's total is the count of OPEN or ACKNOWLEDGED violations", async () => {
    const rules = [`tile-a-${randomBytes(2).toString("hex")}`, `tile-b-${randomBytes(2).toString("hex")}`];
    for (let index = 0; index < 60; index++)
      await addViolation(rules[index % 2] as string, {
        status: allStatuses[index % allStatuses.length],
        severity: severities[(index * 7) % severities.length],
      });
    const { getViolationBreakdown } = await import("@/lib/server/overview/get-violation-breakdown");
    const breakdown = await getViolationBreakdown(now);

    const bySeverity = await harness.db.$queryRaw<{ severity: Severity; count: bigint }[]>`
      SELECT "severity", count(*) AS count FROM "Violation"
      WHERE "status" IN ('OPEN', 'ACKNOWLEDGED') GROUP BY "severity"`;
    for (const severity of severities) {
      const expected = Number(bySeverity.find((row) => row.severity === severity)?.count ?? 0);
      // The tile's link: /violations?status=open&severity=HIGH.
      const query = Object.fromEntries(new URLSearchParams({ status: "open", severity }));
      const page = await list(query);
      expect({ severity, total: page.total }).toEqual({ severity, total: expected });
      expect({ severity, total: page.total }).toEqual({ severity, total: breakdown.bySeverity[severity] });
      expect(page.rows.every((row) => row.status === "OPEN" || row.status === "ACKNOWLEDGED")).toBe(true);
      expect(expected).toBeGreaterThan(0);
    }
    for (const { ruleKey, count } of breakdown.byRule) {
      const page = await list({ status: "open", rule: ruleKey });
      expect({ ruleKey, total: page.total }).toEqual({ ruleKey, total: count });
    }
    expect(breakdown.byRule.map((row) => row.ruleKey)).toEqual(expect.arrayContaining(rules));
  });

  it("the CSV export reads exactly the rows the queue counts", async () => {
    const { violationExportRows } = await import("@/lib/server/exports/violation-export-rows");
    const { parseViolationListParams } = await import("@/lib/violations/violation-list-params");
    const queries: Record<string, string>[] = [
      { status: "open", severity: "HIGH" },
      { status: "WAIVED" },
      {},
    ];
    for (const query of queries) {
      let exported = 0;
      const { filters, sort } = parseViolationListParams(query);
      for await (const _row of violationExportRows({
        filters,
        sort,
        context: { now, userId: harness.admin.id },
      }))
        exported += 1;
      expect({ query, exported }).toEqual({ query, exported: (await list(query)).total });
    }
  });
});

describe("bad input", () => {
  it("is ignored, not an error: unknown values, control characters, repeated keys, a tampered cursor", async () => {
    const { parseViolationListParams } = await import("@/lib/violations/violation-list-params");
    const parsed = parseViolationListParams({
      status: "bogus",
      severity: "extreme",
      olderThanDays: "-3",
      rule: "\u0000\u0001",
      profile: "",
      cursor: "eyJkIjoiYSJ9",
      size: "abc",
    });
    expect(parsed.filters).toEqual({});
    expect(parsed.size).toBe(50);
    expect(parsed.cursor).toBeNull();
    // Each ignored value is named, not silently dropped.
    expect(parsed.notices).toEqual([
      "Ignored an unknown severity: “extreme”.",
      "Ignored an unknown status: “bogus”.",
      "“Open for at least” takes a number of days from 0 to 3650; ignored “-3”.",
      "Pages hold 25, 50 or 100 rows; showing 50.",
      "That page link is no longer valid: showing the first page.",
    ]);
    expect(parseViolationListParams({ status: ["waived", "open"], severity: "high" }).filters).toEqual({
      status: "WAIVED",
      severity: "HIGH",
    });
    expect(parseViolationListParams({ status: "open" }).filters.status).toBe("open");

    const page = await list({ rule: "\u0000\u0007", profile: "x".repeat(5000), cursor: "%00" });
    expect(page.total).toBeGreaterThan(0);
    const none = await list({ rule: "no-such-rule" });
    expect(none).toMatchObject({ rows: [], total: 0, nextCursor: null, previousCursor: null });
  });
});
