import { describe, expect, it } from "vitest";
import { encodeCursor } from "@/lib/pagination/cursor-codec";
import { decodeListCursor } from "./list-cursor";
import { borrowerListQuery, parseBorrowerListParams } from "./list-params";

describe("parseBorrowerListParams", () => {
  it.each([
    [{}, { filters: {}, sort: { key: "name", isDescending: false }, size: 50, notices: [] }],
    [
      { q: "  okafor ", status: "at-risk,non-compliant", sort: "-expiration", size: "100" },
      {
        filters: { q: "okafor", status: ["at-risk", "non-compliant"] },
        sort: { key: "expiration", isDescending: true },
        size: 100,
        notices: [],
      },
    ],
    [
      { stale: "1", expiring: "30", carrier: "state-farm", connection: "descoped", severity: "HIGH" },
      {
        filters: {
          isStale: true,
          expiringWithinDays: 30,
          carrier: "state-farm",
          connection: "descoped",
          severity: "high",
        },
      },
    ],
  ])("reads %j", (raw, expected) => {
    expect(parseBorrowerListParams(raw)).toMatchObject(expected);
  });

  it("drops what it does not know and says so, instead of failing", () => {
    const parsed = parseBorrowerListParams({
      status: "at-risk,bogus",
      severity: "apocalyptic",
      sort: "salary",
      size: "7",
      expiring: "-3",
      connection: "telepathic",
      stale: "maybe",
    });
    expect(parsed.filters).toEqual({ status: ["at-risk"] });
    expect(parsed.sort).toEqual({ key: "name", isDescending: false });
    expect(parsed.size).toBe(50);
    expect(parsed.notices).toHaveLength(7);
    expect(parsed.notices.join(" ")).toContain("“bogus”");
  });

  it("strips NUL and control characters and cuts overlong searches", () => {
    const parsed = parseBorrowerListParams({ q: `da\u0000na${"x".repeat(500)}` });
    expect(parsed.filters.q).toBe(`dana${"x".repeat(96)}`);
    expect(parsed.notices).toEqual(["The search was cut to its first 100 characters."]);
  });

  it("takes the first of repeated parameters", () => {
    expect(parseBorrowerListParams({ status: ["compliant", "at-risk"] }).filters.status).toEqual([
      "compliant",
    ]);
  });

  it("refuses a tampered cursor or one made for another sort, and falls back to the first page", () => {
    const cursor = encodeCursor({ k: "name", d: "a", v: ["Okafor", "Dana"], id: "b1", o: 50 });
    expect(parseBorrowerListParams({ cursor }).cursor).toMatchObject({ id: "b1", o: 50 });
    for (const bad of [
      `${cursor}x`,
      "not-base64!",
      encodeCursor({ k: "name", d: "a", v: 3, id: "b", o: 0 }),
    ]) {
      const parsed = parseBorrowerListParams({ cursor: bad });
      expect(parsed.cursor).toBeNull();
      expect(parsed.notices).toEqual(["That page link is no longer valid: showing the first page."]);
    }
    expect(parseBorrowerListParams({ cursor, sort: "status" }).cursor).toBeNull();
    expect(decodeListCursor(Buffer.from('{"k":"name"}').toString("base64url"), "name")).toBeNull();
  });
});

describe("a forged cursor", () => {
  const cursorFor = (k: string, v: unknown, id = "b1") => encodeCursor({ k, d: "a", v, id, o: 0 });
  it.each([
    ["status", "NOPE"],
    ["status", 5],
    ["violations", "abc"],
    ["violations", 1.5],
    ["violations", 1e300],
    ["violations", null],
    ["refreshed", "abc"],
    ["refreshed", 1e300],
    ["expiration", "0000-01-01T00:00:00Z"],
    ["name", ["Oka\u0000for", "Dana"]],
    ["name", "Okafor"],
  ])("sorted by %s with %j is refused", (sort, value) => {
    expect(parseBorrowerListParams({ sort, cursor: cursorFor(sort, value) }).cursor).toBeNull();
  });

  it("with an id that is not one of ours is refused", () => {
    expect(parseBorrowerListParams({ cursor: cursorFor("name", ["A", "B"], "x\u0000y") }).cursor).toBeNull();
    expect(parseBorrowerListParams({ cursor: cursorFor("name", ["A", "B"], "a'; --") }).cursor).toBeNull();
  });

  it.each([
    ["status", "AT_RISK"],
    ["violations", 3],
    ["refreshed", null],
    ["expiration", "2027-01-23T00:00:00.000Z"],
  ])("sorted by %s with a real value %j is accepted", (sort, value) => {
    expect(parseBorrowerListParams({ sort, cursor: cursorFor(sort, value) }).cursor).toMatchObject({
      v: value,
    });
  });
});

describe("borrowerListQuery", () => {
  it("writes back exactly what the parser reads, defaults left out", () => {
    const raw = {
      q: "dana",
      status: "compliant,at-risk",
      stale: "1",
      expiring: "30",
      sort: "-violations",
      size: "25",
    };
    const parsed = parseBorrowerListParams(raw);
    const query = borrowerListQuery({ filters: parsed.filters, sort: parsed.sort, size: parsed.size });
    expect(Object.fromEntries(new URLSearchParams(query))).toEqual(raw);
    expect(borrowerListQuery({ filters: {} })).toBe("");
  });
});
