import { describe, expect, it } from "vitest";
import { thresholdLabel, thresholdsReachedBy } from "./severity-threshold";

describe("a channel's severity threshold", () => {
  it.each([
    ["LOW", ["LOW"]],
    ["MEDIUM", ["LOW", "MEDIUM"]],
    ["HIGH", ["LOW", "MEDIUM", "HIGH"]],
    ["CRITICAL", ["LOW", "MEDIUM", "HIGH", "CRITICAL"]],
  ] as const)("a %s violation reaches channels at %j", (severity, thresholds) => {
    expect(thresholdsReachedBy(severity)).toEqual(thresholds);
  });

  it.each([
    ["LOW", "Every violation"],
    ["MEDIUM", "Medium and above"],
    ["HIGH", "High and above"],
    ["CRITICAL", "Critical only"],
  ] as const)("a threshold of %s reads %j", (threshold, label) => {
    expect(thresholdLabel(threshold)).toBe(label);
  });
});
