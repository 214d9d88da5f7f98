import { describe, expect, it } from "vitest";
import { parseViolationListParams, violationListQuery } from "./violation-list-params";

describe("the queue's since filters (the daily digest's links)", () => {
  it("reads a moment, and writes it back into the same URL", () => {
    const { filters, notices } = parseViolationListParams({
      openedSince: "2026-11-29T07:00:00.000Z",
      status: "RESOLVED",
      resolvedSince: "2026-11-29T07:00:00Z",
    });
    expect(notices).toEqual([]);
    expect(filters).toEqual({
      status: "RESOLVED",
      openedSince: "2026-11-29T07:00:00.000Z",
      resolvedSince: "2026-11-29T07:00:00.000Z",
    });
    expect(
      parseViolationListParams(Object.fromEntries(new URLSearchParams(violationListQuery({ filters }))))
        .filters,
    ).toEqual(filters);
  });

  it("ignores what is not a moment, and says so", () => {
    const { filters, notices } = parseViolationListParams({ openedSince: "yesterday" });
    expect(filters).toEqual({});
    expect(notices).toEqual(["Ignored an unknown “opened since” moment: “yesterday”."]);
  });
});
