import { describe, expect, it } from "vitest";
import { parseRetryAfter, retryDelayMs } from "./retry-delay";

const policy = { maxAttempts: 5, baseDelayMs: 200, maxDelayMs: 5_000 };

describe("retryDelayMs", () => {
  it.each([
    [1, 200],
    [2, 400],
    [3, 800],
    [6, 5_000],
  ])("attempt %i waits at most %i ms (full jitter)", (attempt, ceiling) => {
    expect(retryDelayMs({ attempt, policy, random: () => 0.999999 })).toBe(ceiling);
    expect(retryDelayMs({ attempt, policy, random: () => 0 })).toBe(0);
    expect(retryDelayMs({ attempt, policy, random: () => 0.5 })).toBe(Math.round(ceiling / 2));
  });

  it("honours Retry-After, capped", () => {
    expect(retryDelayMs({ attempt: 1, policy, retryAfterMs: 1_500 })).toBe(1_500);
    expect(retryDelayMs({ attempt: 1, policy, retryAfterMs: 60_000 })).toBe(5_000);
    expect(retryDelayMs({ attempt: 1, policy, retryAfterMs: 0 })).toBe(0);
  });
});

describe("parseRetryAfter", () => {
  const now = Date.parse("2026-11-28T12:00:00.000Z");
  it.each([
    ["2", 2_000],
    ["0.5", 500],
    ["Sat, 28 Nov 2026 12:00:03 GMT", 3_000],
    ["Sat, 28 Nov 2026 11:00:00 GMT", 0],
    [null, null],
    ["soon", null],
  ])("%s → %s ms", (header, expected) => {
    expect(parseRetryAfter(header, now)).toBe(expected);
  });
});
