import { describe, expect, it } from "vitest";
import { describeFreshness } from "./freshness";

const now = new Date("2026-11-28T12:00:00.000Z");
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);

describe("describeFreshness", () => {
  it.each([
    [10, "just now", false],
    [90, "2 minutes ago", false],
    [3 * 3600, "3 hours ago", false],
    [47 * 3600, "2 days ago", false],
    [49 * 3600, "2 days ago", true],
    [10 * 86400, "10 days ago", true],
    [90 * 86400, "3 months ago", true],
  ])("%i seconds old → %s (stale: %s)", (seconds, label, isStale) => {
    const freshness = describeFreshness(ago(seconds), now, 48);
    expect(freshness.label).toBe(label);
    expect(freshness.isStale).toBe(isStale);
  });

  it("treats a refresh in the future (clock skew) as just now, not negative", () => {
    expect(describeFreshness(new Date(now.getTime() + 60_000), now, 48)).toEqual({
      label: "just now",
      isStale: false,
      ageHours: 0,
    });
  });
});
