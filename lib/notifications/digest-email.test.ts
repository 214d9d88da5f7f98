import { describe, expect, it } from "vitest";
import { digestEmail } from "./digest-email";

describe("digestEmail", () => {
  it("gives each count its line and the link to its list, and the day's changes in the subject", () => {
    const { subject, text } = digestEmail({
      recipientName: "Olivia",
      appUrl: "https://coverwatch.example",
      content: {
        day: new Date("2026-11-30T00:00:00Z"),
        since: new Date("2026-11-29T07:00:00Z"),
        violations: [
          { key: "opened", label: "New, not resolved", count: 1, path: "/violations?openedSince=x" },
          { key: "resolved", label: "Resolved", count: 1204, path: "/violations?status=RESOLVED" },
        ],
        borrowers: [{ key: "stale", label: "Stale data", count: 0, path: "/borrowers?stale=1" }],
      },
    });
    expect(subject).toBe("Coverwatch daily digest, Nov 30, 2026: 1 new violation, 1,204 resolved");
    expect(text).toContain("what changed since Nov 29, 2026, 07:00 UTC");
    expect(text).toContain(
      [
        "Violations in the last 24 hours",
        "- New, not resolved: 1",
        "  https://coverwatch.example/violations?openedSince=x",
        "- Resolved: 1,204",
        "  https://coverwatch.example/violations?status=RESOLVED",
        "",
        "Borrowers needing attention",
        "- Stale data: 0",
        "  https://coverwatch.example/borrowers?stale=1",
      ].join("\n"),
    );
  });
});
