import { describe, expect, it } from "vitest";
import { deliveryStatusLabel } from "./delivery-status-labels";

describe("a delivery's status in words", () => {
  it.each([
    ["PENDING", 0, "Waiting", "info"],
    ["PENDING", 2, "Retrying", "warning"],
    ["SENT", 1, "Sent", "success"],
    ["FAILED", 7, "Failed", "danger"],
    ["SKIPPED", 0, "Not sent", "neutral"],
  ] as const)("%s after %i attempts reads %s (%s)", (status, attempts, label, tone) => {
    expect(deliveryStatusLabel({ status, attempts })).toEqual({ label, tone });
  });
});
