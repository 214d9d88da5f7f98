import { describe, expect, it } from "vitest";
import { assignmentSchema, waiverSchema } from "./violations/violation-inputs";

describe("dates people type", () => {
  it("refuse years a page could not read back, with a message for the field", () => {
    for (const dueAt of ["+275760-09-13", "20255-01-01", "1899-12-31"]) {
      const parsed = assignmentSchema.safeParse({ dueAt });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.message).toBe("Give a date between 1900 and 9999");
    }
    expect(waiverSchema.safeParse({ reason: "Shopping around", until: "20255-01-01" }).success).toBe(false);
  });

  it("accept ordinary dates and an empty due date (none)", () => {
    expect(assignmentSchema.parse({ dueAt: "2027-01-15" }).dueAt).toEqual(new Date("2027-01-15"));
    expect(assignmentSchema.parse({ dueAt: "" }).dueAt).toBeNull();
    expect(waiverSchema.parse({ reason: "Shopping around", until: "9999-12-31" }).until).toEqual(
      new Date("9999-12-31"),
    );
  });
});

describe("a waiver's end", () => {
  it("is in the future and at most a year ahead", async () => {
    const { waiverEndProblem } = await import("./violations/violation-inputs");
    const now = new Date("2026-11-30T12:00:00Z");
    expect(waiverEndProblem(new Date("2026-11-30T12:00:00Z"), now)).toBe("A waiver must end in the future.");
    expect(waiverEndProblem(new Date("2027-11-30T12:00:00Z"), now)).toBeNull();
    expect(waiverEndProblem(new Date("2027-12-01T12:00:00Z"), now)).toBe(
      "A waiver may run 365 days at most: pick an earlier end date.",
    );
  });
});
