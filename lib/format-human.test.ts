import { describe, expect, it } from "vitest";
import { formatTimeAgo } from "./format-human";

describe("formatTimeAgo", () => {
  const now = new Date("2026-11-30T12:00:00Z");
  const ago = (ms: number) => formatTimeAgo(new Date(now.getTime() - ms), now);
  const minute = 60_000;
  it.each([
    [0, "just now"],
    [59_000, "just now"],
    [minute, "1 minute ago"],
    [59 * minute, "59 minutes ago"],
    [60 * minute, "1 hour ago"],
    [23 * 60 * minute, "23 hours ago"],
    [24 * 60 * minute, "1 day ago"],
    [29 * 24 * 60 * minute, "29 days ago"],
    [45 * 24 * 60 * minute, "Oct 16, 2026"],
  ])("%i ms ago reads %s", (ms, expected) => {
    expect(ago(ms)).toBe(expected);
  });
});
