// The borrower list against a real PostgreSQL: keyset pages that neither skip nor repeat a row while borrowers
// are added between page loads, in every sort and both directions; the overview's tiles equal the list's
// totals; search over names, loan references and VINs; bad input that changes nothing.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ComplianceStatus } from "@/generated/prisma/enums";
import {
  type BorrowerListParams,
  parseBorrowerListParams,
  type RawSearchParams,
  sortKeys,
} from "@/lib/borrowers/list-params";
import { kpiTiles } from "@/lib/overview/kpi-tiles";
import { type Harness, startServerHarness } from "../support/server-harness";

let harness: Harness;
const now = new Date();
const clock = { now, staleAfterHours: 48 };
const hour = 60 * 60 * 1000;
const statuses: ComplianceStatus[] = [
  "NON_COMPLIANT",
  "DISCONNECTED",
  "AT_RISK",
  "NOT_CONNECTED",
  "COMPLIANT",
  "NOT_MONITORED",
];
const lastNames = ["Okafor", "Diaz", "Nguyen", "Smith", "Okafor", "Brown", "Diaz"];

let serial = 0;
/** A borrower row with its stored status columns set directly: the list reads only these. */
async function addBorrower(tag: string, overrides: Record<string, unknown> = {}) {
  serial += 1;
  const n = serial;
  const loanReference = `${tag}-${String(n).padStart(5, "0")}-${randomBytes(2).toString("hex")}`;
  const hasPolicy = n % 5 !== 0;
  const lastName = lastNames[n % lastNames.length] as string;
  const borrower = await harness.db.borrower.create({
    data: {
      firstName: `First${n % 3}`,
      lastName,
      email: `${loanReference}@example.com`,
      loanReference,
      complianceStatus: statuses[n % statuses.length],
      openViolationCount: n % 4,
      // Ties on purpose: many rows share a sort value, so the id must break them.
      lastRefreshedAt: hasPolicy ? new Date(now.getTime() - (n % 7) * 12 * hour) : null,
      nextExpirationDate: hasPolicy ? new Date(now.getTime() + (n % 9) * 24 * hour) : null,
      searchText: `first${n % 3} ${lastName} ${loanReference}`.toLowerCase(),
      ...overrides,
    },
    select: { id: true },
  });
  return borrower.id;
}

beforeAll(async () => {
  harness = await startServerHarness();
});
afterAll(async () => {
  await harness.close();
});

async function list(raw: RawSearchParams, cursor: string | null = null) {
  const { listBorrowers } = await import("@/lib/server/borrowers/list-borrowers");
  const params: BorrowerListParams = parseBorrowerListParams({ ...raw, ...(cursor ? { cursor } : {}) });
  return listBorrowers(params, clock);
}

describe("keyset pagination", () => {
  it.each(sortKeys.flatMap((key) => [key, `-${key}`]))(
    "sorted by %s, pages neither skip nor repeat a row while rows are added between them",
    async (sort) => {
      const tag = `PG${randomBytes(3).toString("hex")}`;
      const original = new Set<string>();
      for (let index = 0; index < 73; index++) original.add(await addBorrower(tag));
      const view = { q: tag.toLowerCase(), sort, size: "25" };

      const seen: string[] = [];
      let page = await list(view);
      let pages = 1;
      for (;;) {
        seen.push(...page.rows.map((row) => row.id));
        expect(page.offset).toBe(seen.length - page.rows.length);
        // Someone adds borrowers while the officer reads: with every kind of sort value, empty ones too.
        await addBorrower(tag);
        await addBorrower(tag, { lastRefreshedAt: null, nextExpirationDate: null, lastName: "Aaron" });
        if (!page.nextCursor) break;
        page = await list(view, page.nextCursor);
        pages += 1;
        expect(pages).toBeLessThan(20);
      }
      expect(new Set(seen).size).toBe(seen.length);
      for (const id of original) expect(seen).toContain(id);

      // And back again from the last page, by the Previous links, to the first.
      const backward: string[] = [...page.rows.map((row) => row.id)];
      while (page.previousCursor) {
        page = await list(view, page.previousCursor);
        backward.unshift(...page.rows.map((row) => row.id));
      }
      expect(new Set(backward).size).toBe(backward.length);
      for (const id of original) expect(backward).toContain(id);
      expect(page.offset).toBe(0);
    },
  );

  it("a page's order matches the sort, with empty values last either way", async () => {
    const tag = `OR${randomBytes(3).toString("hex")}`;
    for (let index = 0; index < 30; index++) await addBorrower(tag);
    const ascending = await list({ q: tag.toLowerCase(), sort: "refreshed", size: "100" });
    const descending = await list({ q: tag.toLowerCase(), sort: "-refreshed", size: "100" });
    const times = (rows: typeof ascending.rows) => rows.map((row) => row.lastRefreshedAt?.getTime() ?? null);
    const withValues = times(ascending.rows).filter((time) => time !== null) as number[];
    expect(withValues).toEqual([...withValues].sort((a, b) => a - b));
    expect(
      times(ascending.rows)
        .slice(withValues.length)
        .every((time) => time === null),
    ).toBe(true);
    expect(times(descending.rows).slice(0, withValues.length)).toEqual([...withValues].sort((a, b) => b - a));
    expect(ascending.total).toBe(30);
  });

  it("a tampered cursor gives the first page and a notice, not an error", async () => {
    const parsed = parseBorrowerListParams({ cursor: "eyJrIjoibmFtZSJ9" });
    expect(parsed.cursor).toBeNull();
    expect(parsed.notices).toHaveLength(1);
    const page = await list({ cursor: "%00%00", q: "\u0000 nobody-has-this-name \u0000" });
    expect(page.rows).toEqual([]);
    expect(page.total).toBe(0);
  });
});

describe("search", () => {
  it("finds by exact loan reference, name fragment and VIN; every word must match; LIKE characters are literal", async () => {
    const tag = `SR${randomBytes(3).toString("hex")}`;
    const dana = await addBorrower(tag, {
      firstName: "Dana",
      lastName: "Okafor",
      loanReference: `${tag}-4242`,
      searchText: `dana okafor dana@example.com ${tag.toLowerCase()}-4242 1hgcm82633a004352 50%off`,
    });
    const other = await addBorrower(tag, {
      firstName: "Dan",
      lastName: "Brown",
      searchText: `dan brown ${tag.toLowerCase()}-0001 500ff`,
    });
    const ids = async (q: string) => (await list({ q })).rows.map((row) => row.id);
    expect(await ids(`${tag}-4242`)).toEqual([dana]);
    expect(await ids(`${tag.toLowerCase()} OKAF`)).toEqual([dana]);
    expect(await ids("1HGCM82633A004352")).toEqual([dana]);
    expect(await ids(`${tag} dan`)).toEqual(expect.arrayContaining([dana, other]));
    expect(await ids("50%off")).toEqual([dana]);
    expect(await ids(`${tag} 50_ff`)).toEqual([]);
  });
});

describe("the overview's tiles", () => {
  it("each tile's number is the total of the list it links to", async () => {
    const { countPortfolio } = await import("@/lib/server/overview/count-portfolio");
    const { borrowerListQuery } = await import("@/lib/borrowers/list-params");
    for (let index = 0; index < 24; index++) await addBorrower(`KP${index}`);
    const counts = await countPortfolio(clock);
    for (const tile of kpiTiles) {
      const query = Object.fromEntries(new URLSearchParams(borrowerListQuery({ filters: tile.filters })));
      const page = await list(query);
      expect({ tile: tile.key, total: page.total }).toEqual({ tile: tile.key, total: counts[tile.key] });
    }
    expect(counts.monitored).toBeGreaterThan(0);
    expect(counts.stale).toBeGreaterThan(0);
    expect(counts.expiring).toBeGreaterThan(0);
  });

  it("the overview writes today's rollup when the daily job has not, with the tiles' numbers, once", async () => {
    const { countPortfolio, rollupCountsOf } = await import("@/lib/server/overview/count-portfolio");
    const { ensureTodayRollup, rollupDay } = await import("@/lib/server/compliance/write-compliance-rollup");
    const counts = await countPortfolio(clock);
    await ensureTodayRollup(now, counts);
    const written = await harness.db.complianceRollup.findUniqueOrThrow({ where: { day: rollupDay(now) } });
    expect(written).toMatchObject(rollupCountsOf(counts));

    await addBorrower("LATER");
    await ensureTodayRollup(new Date(now.getTime() + 60_000), await countPortfolio(clock));
    const again = await harness.db.complianceRollup.findUniqueOrThrow({ where: { day: rollupDay(now) } });
    expect(again).toEqual(written);
  });
});
