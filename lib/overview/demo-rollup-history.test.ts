import { describe, expect, it } from "vitest";
import { demoRollupHistory, type RollupCounts } from "./demo-rollup-history";

const today: RollupCounts = {
  monitored: 9_700,
  compliant: 7_900,
  atRisk: 800,
  nonCompliant: 600,
  disconnected: 400,
  notConnected: 0,
  notMonitored: 300,
  stale: 450,
  expiringSoon: 700,
  openViolations: 2_100,
};
const now = new Date("2026-11-30T15:42:00Z");

describe("demoRollupHistory", () => {
  const history = demoRollupHistory({ today, now });

  it("covers 90 consecutive days at midnight UTC, ending today with today's exact counts", () => {
    expect(history).toHaveLength(90);
    expect(history.at(-1)).toEqual({ day: new Date("2026-11-30T00:00:00Z"), ...today });
    expect(history[0]?.day).toEqual(new Date("2026-09-02T00:00:00Z"));
    for (const [i, row] of history.entries())
      if (i > 0) expect(row.day.getTime() - (history[i - 1]?.day.getTime() ?? 0)).toBe(86_400_000);
  });

  it("is deterministic", () => {
    expect(demoRollupHistory({ today, now })).toEqual(history);
  });

  it("writes only non-negative whole counts, with the status parts adding up within monitored", () => {
    for (const row of history) {
      for (const value of Object.values(row).filter((v) => typeof v === "number"))
        expect(Number.isInteger(value) && value >= 0).toBe(true);
      const parts = row.compliant + row.atRisk + row.nonCompliant + row.disconnected + row.notConnected;
      expect(parts).toBeLessThanOrEqual(row.monitored);
    }
  });

  it("shows a portfolio that grew while its problems became rarer", () => {
    const first = history[0] as (typeof history)[number];
    expect(first.monitored).toBeLessThan(today.monitored);
    expect(first.nonCompliant / first.monitored).toBeGreaterThan(today.nonCompliant / today.monitored);
  });

  it("still moves for a demo's handful of borrowers", () => {
    const demo = {
      ...today,
      monitored: 3,
      compliant: 1,
      atRisk: 1,
      nonCompliant: 0,
      disconnected: 0,
      notConnected: 1,
    };
    const atRisk = new Set(demoRollupHistory({ today: demo, now }).map((row) => row.atRisk));
    expect(atRisk.size).toBeGreaterThan(1);
  });

  it("handles an empty portfolio", () => {
    const empty = Object.fromEntries(Object.keys(today).map((key) => [key, 0])) as RollupCounts;
    for (const row of demoRollupHistory({ today: empty, now }))
      expect(row.monitored + row.compliant + row.openViolations).toBe(0);
  });
});
