import { describe, expect, it } from "vitest";
import { eventTypeLabel, unknownEventType } from "./event-type-label";

describe("eventTypeLabel", () => {
  it("keeps Axle's event types", () => {
    expect(eventTypeLabel("policy.modified")).toBe("policy.modified");
    expect(eventTypeLabel("policy.renewal-available")).toBe("policy.renewal-available");
  });

  it("folds anything else into one value, so a sender cannot mint time series", () => {
    for (const type of [
      undefined,
      null,
      "",
      "Policy.Modified",
      "x".repeat(80),
      "policy",
      "a.b/../c",
      "bench.noop",
    ])
      expect(eventTypeLabel(type)).toBe(unknownEventType);
  });
});
