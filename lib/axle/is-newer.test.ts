import { describe, expect, it } from "vitest";
import { isAtLeastAsNew } from "./is-newer";

const at = (modifiedAt: string, refreshedAt: string) => ({ modifiedAt, refreshedAt });

describe("isAtLeastAsNew", () => {
  it.each([
    ["nothing stored yet", at("2026-01-02", "2026-01-02"), null, true],
    ["newer modifiedAt", at("2026-01-03", "2026-01-03"), at("2026-01-02", "2026-01-05"), true],
    [
      "older modifiedAt, even if refreshed later",
      at("2026-01-01", "2026-01-09"),
      at("2026-01-02", "2026-01-02"),
      false,
    ],
    ["same modifiedAt, newer refresh", at("2026-01-02", "2026-01-04"), at("2026-01-02", "2026-01-03"), true],
    ["same modifiedAt, older refresh", at("2026-01-02", "2026-01-02"), at("2026-01-02", "2026-01-03"), false],
    ["identical", at("2026-01-02", "2026-01-02"), at("2026-01-02", "2026-01-02"), true],
  ] as const)("%s → %s", (_name, incoming, current, expected) => {
    expect(isAtLeastAsNew(incoming, current)).toBe(expected);
  });
});
