import { describe, expect, it } from "vitest";
import { severitiesReaching, thresholdsReachedBy } from "./severity-threshold";

describe("a channel's severity threshold", () => {
  it.each([
    ["LOW", ["LOW", "MEDIUM", "HIGH", "CRITICAL"]],
    ["MEDIUM", ["MEDIUM", "HIGH", "CRITICAL"]],
    ["HIGH", ["HIGH", "CRITICAL"]],
    ["CRITICAL", ["CRITICAL"]],
  ] as const)("a channel at %s hears about %j", (threshold, heard) => {
    expect(severitiesReaching(threshold)).toEqual(heard);
  });

  it.each([
    ["LOW", ["LOW"]],
    ["MEDIUM", ["LOW", "MEDIUM"]],
    ["HIGH", ["LOW", "MEDIUM", "HIGH"]],
    ["CRITICAL", ["LOW", "MEDIUM", "HIGH", "CRITICAL"]],
  ] as const)("a %s violation reaches channels at %j", (severity, thresholds) => {
    expect(thresholdsReachedBy(severity)).toEqual(thresholds);
  });
});
