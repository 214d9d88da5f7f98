import { describe, expect, it } from "vitest";
import { reconnectEmail } from "./reconnect-email";

describe("reconnectEmail", () => {
  it.each([
    ["credentials-expired", "password changed"],
    ["mfa-expired", "verify your identity again"],
    ["account-disabled", "disabled the online account"],
    ["account-inaccessible", "not been able to reach"],
    ["requirement-failing", "does not meet a requirement"],
  ] as const)("explains %s", (reason, words) => {
    const email = reconnectEmail({
      borrowerFirstName: "Avery",
      lenderName: "Acme Auto Loans",
      reason,
      link: "https://ignition.test/?token=ign_1",
      reminderNumber: 0,
    });
    expect(email.subject).toBe("Please reconnect your insurance for Acme Auto Loans");
    expect(email.text).toContain(words);
    expect(email.text).toContain("https://ignition.test/?token=ign_1");
    expect(email.text.startsWith("Hello Avery,")).toBe(true);
  });

  it("says what failed and marks reminders", () => {
    const email = reconnectEmail({
      borrowerFirstName: "A",
      lenderName: null,
      reason: "requirement-failing",
      detail: "Collision deductible $1,000, above $500",
      link: "x",
      reminderNumber: 1,
    });
    expect(email.subject).toBe("Reminder: Please reconnect your insurance for your lender");
    expect(email.text).toContain("What we found: Collision deductible $1,000, above $500");
  });
});
