import { describe, expect, it } from "vitest";
import {
  concernsPage,
  decodeLiveChange,
  encodeLiveChange,
  liveEventData,
  maxMergedIds,
  maxPayloadBytes,
  mergeLiveChanges,
  parseLiveEventData,
} from "./live-change";

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

describe("encodeLiveChange / decodeLiveChange", () => {
  it.each([
    { change: ["b1"], payload: "b1" },
    { change: ["b1", "b2", "b1"], payload: "b1,b2" },
    { change: "*", payload: "*" },
  ] as const)("$change ↔ $payload", ({ change, payload }) => {
    expect(encodeLiveChange(change)).toBe(payload);
    expect(decodeLiveChange(payload)).toEqual(change === "*" ? "*" : [...new Set(change)]);
  });

  it("sends '*' rather than a payload PostgreSQL would refuse", () => {
    const many = Array.from({ length: 300 }, (_, i) => uuid(i));
    expect(many.join(",").length).toBeGreaterThan(maxPayloadBytes);
    expect(encodeLiveChange(many)).toBe("*");
    const fitting = many.slice(0, 150);
    expect(encodeLiveChange(fitting)).toBe(fitting.join(","));
  });

  it.each(["", ",", "*"])("reads %j as everything", (payload) => {
    expect(decodeLiveChange(payload)).toBe("*");
  });
});

describe("mergeLiveChanges", () => {
  it.each([
    { a: null, b: ["b1"], merged: ["b1"] },
    { a: ["b1"], b: ["b2", "b1"], merged: ["b1", "b2"] },
    { a: ["b1"], b: "*", merged: "*" },
    { a: "*", b: ["b2"], merged: "*" },
  ] as const)("$a + $b = $merged", ({ a, b, merged }) => {
    expect(mergeLiveChanges(a, b)).toEqual(merged);
  });

  it("gives up naming borrowers past the cap", () => {
    const first = Array.from({ length: maxMergedIds }, (_, i) => uuid(i));
    expect(mergeLiveChanges(first, [uuid(0)])).toHaveLength(maxMergedIds);
    expect(mergeLiveChanges(first, [uuid(maxMergedIds)])).toBe("*");
  });
});

describe("concernsPage", () => {
  it.each([
    { change: ["b1"], borrowerId: undefined, concerned: true },
    { change: "*", borrowerId: undefined, concerned: true },
    { change: ["b1", "b2"], borrowerId: "b2", concerned: true },
    { change: "*", borrowerId: "b2", concerned: true },
    { change: ["b1"], borrowerId: "b2", concerned: false },
  ] as const)("$change on the page of $borrowerId: $concerned", ({ change, borrowerId, concerned }) => {
    expect(concernsPage(change, borrowerId)).toBe(concerned);
  });
});

describe("the stream's event data", () => {
  it.each([["b1", "b2"], "*"] as const)("round-trips %j", (change) => {
    expect(parseLiveEventData(liveEventData(change))).toEqual(change);
  });

  it.each(["", "not json", '{"borrowerIds":[1]}', "null"])("reads %j as everything", (data) => {
    expect(parseLiveEventData(data)).toBe("*");
  });
});
