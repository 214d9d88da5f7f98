// The audit log page's reading against a real PostgreSQL: newest first, keyset pages that neither skip nor
// repeat while actions keep being recorded, and each filter (who, action, target, a date range of whole days).
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startServerHarness } from "../support/server-harness";

let harness: Harness;

beforeAll(async () => {
  harness = await startServerHarness();
});
afterAll(async () => {
  await harness.close();
});

async function record(action: string, overrides: Record<string, unknown> = {}) {
  return harness.db.auditLog.create({
    data: {
      actorLabel: "system",
      action,
      targetType: "Borrower",
      targetId: randomBytes(4).toString("hex"),
      ...overrides,
    },
    select: { id: true },
  });
}

async function list(raw: Record<string, string>) {
  const { listAudit, parseAuditListParams } = await import("@/lib/server/audit/list-audit");
  return listAudit(parseAuditListParams(raw));
}

describe("the audit log", () => {
  it("pages newest first without skipping or repeating while actions are recorded between pages", async () => {
    const action = `test.paging-${randomBytes(3).toString("hex")}`;
    const original: bigint[] = [];
    for (let index = 0; index < 57; index++) original.push((await record(action)).id);
    const seen: bigint[] = [];
    let page = await list({ action, size: "25" });
    for (;;) {
      seen.push(...page.rows.map((row) => row.id));
      await record(action);
      if (!page.nextCursor) break;
      page = await list({ action, size: "25", cursor: page.nextCursor });
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.slice(0, 57)).toEqual([...original].reverse());
    // Back to the start by the Previous links.
    while (page.previousCursor) page = await list({ action, size: "25", cursor: page.previousCursor });
    expect(page.offset).toBe(0);
  });

  it("filters by who, action, target and whole UTC days", async () => {
    const action = `test.filter-${randomBytes(3).toString("hex")}`;
    const day = (text: string) => new Date(text);
    await record(action, { actorLabel: "Olive.Officer@example.com", createdAt: day("2026-03-01T23:59:00Z") });
    await record(action, { actorLabel: "admin@example.com", createdAt: day("2026-03-02T00:00:00Z") });
    await record(action, {
      actorLabel: "admin@example.com",
      targetType: "Violation",
      targetId: "v-1",
      createdAt: day("2026-03-03T12:00:00Z"),
    });
    const actors = async (raw: Record<string, string>) =>
      (await list({ action, ...raw })).rows.map(
        (row) => `${row.actorLabel} ${row.createdAt.toISOString().slice(0, 10)}`,
      );
    expect(await actors({ actor: "olive" })).toEqual(["Olive.Officer@example.com 2026-03-01"]);
    expect(await actors({ from: "2026-03-02", to: "2026-03-02" })).toEqual(["admin@example.com 2026-03-02"]);
    expect(await actors({ to: "2026-03-01" })).toEqual(["Olive.Officer@example.com 2026-03-01"]);
    expect(await actors({ target: "Violation", targetId: "v-1" })).toEqual(["admin@example.com 2026-03-03"]);
    expect((await list({ action })).total).toBe(3);
  });

  it("ignores what it cannot read: bad dates, NUL bytes, forged cursors", async () => {
    const { parseAuditListParams } = await import("@/lib/server/audit/list-audit");
    const parsed = parseAuditListParams({ from: "yesterday", actor: "\u0000", cursor: "eyJpZCI6IjsgLS0ifQ" });
    expect(parsed.filters).toEqual({
      actor: undefined,
      action: undefined,
      target: undefined,
      targetId: undefined,
      from: undefined,
      to: undefined,
    });
    expect(parsed.cursor).toBeNull();
    expect(parsed.notices).toHaveLength(1);
    await expect(list({ from: "yesterday", actor: "\u0000" })).resolves.toMatchObject({ offset: 0 });
  });
});
