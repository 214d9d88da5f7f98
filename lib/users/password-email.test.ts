import { describe, expect, it } from "vitest";
import { passwordEmail, setPasswordLink } from "./password-email";

describe("set-password emails", () => {
  it("link to the set-password page of the app's public address, the token encoded", () => {
    expect(setPasswordLink("https://cw.example.com/", "abc_DEF-123")).toBe(
      "https://cw.example.com/set-password?token=abc_DEF-123",
    );
  });

  it("say who sent the link, that it works once and for how long", () => {
    const link = "https://cw.example.com/set-password?token=t";
    const invite = passwordEmail({ purpose: "INVITE", name: "Ines", link, senderName: "Ada Admin" });
    expect(invite.subject).toBe("You are invited to Coverwatch");
    expect(invite.text).toContain("Ada Admin invited you");
    expect(invite.text).toContain(link);
    expect(invite.text).toContain("works once and for 72 hours");
    const reset = passwordEmail({ purpose: "RESET", name: "Ines", link, senderName: "Ada Admin" });
    expect(reset.subject).toBe("Set a new Coverwatch password");
    expect(reset.text).toContain("signs you out everywhere");
  });
});
