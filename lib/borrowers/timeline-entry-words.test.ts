import { describe, expect, it } from "vitest";
import { describeTimelineEntry } from "./timeline-entry-words";

const audit = (payload: Record<string, unknown>) => describeTimelineEntry({ source: "audit", payload });

describe("describeTimelineEntry", () => {
  it("names who acted, and leaves the system's own actions unsigned", () => {
    expect(
      audit({
        action: "violation.waived",
        actorName: "Olive Officer",
        ruleKey: "collision-deductible",
        details: { reason: "Shopping", until: "2026-12-31T00:00:00.000Z" },
      }),
    ).toMatchObject({
      title: "Violation waived until Dec 31, 2026: Collision on the collateral, deductible at most",
      lines: ["Shopping"],
      actor: "Olive Officer",
    });
    expect(
      audit({ action: "violation.waiver-lapsed", actor: "system", ruleKey: "policy-active" }).actor,
    ).toBeUndefined();
  });

  it("reads an unknown action rather than hiding it", () => {
    expect(audit({ action: "violation.assigned", actor: "a@example.com" }).title).toBe("Violation assigned");
  });

  it("says when a snapshot changed nothing, and when it arrived out of order", () => {
    const entry = describeTimelineEntry({
      source: "policy-snapshot",
      payload: { policyNumber: "P-1", term: "CURRENT", source: "RECONCILE", diff: null, isOutOfOrder: true },
    });
    expect(entry.title).toBe("Policy P-1 fetched by the nightly reconcile, no change");
    expect(entry.lines).toEqual([
      "Arrived out of order: older than data already held, so it was kept but not applied.",
    ]);
  });

  it("gives an email its delivery state and, when it failed, why", () => {
    const entry = describeTimelineEntry({
      source: "outreach",
      payload: {
        reminderNumber: 2,
        to: "sam@example.com",
        reason: "credentials-expired",
        status: "FAILED",
        error: "550 mailbox unavailable",
      },
    });
    expect(entry).toMatchObject({
      title: "Reminder 2 emailed to sam@example.com",
      lines: ["Delivery failed · Credentials expired", "550 mailbox unavailable"],
      tone: "danger",
      actor: "sent automatically",
    });
  });

  it("tells a webhook event's processing state", () => {
    expect(
      describeTimelineEntry({
        source: "event",
        payload: { type: "account.disconnected", status: "DEAD", statusNote: null },
      }),
    ).toMatchObject({
      title: "Axle reported the carrier account disconnected · failed for good",
      tone: "danger",
      lines: [],
    });
  });
});
