import { describe, expect, it } from "vitest";
import { signInErrorMessage } from "./sign-in-errors";
import { ssoRefusalMessage } from "./sso-refusal-messages";

describe("signInErrorMessage", () => {
  it.each([
    [undefined, null],
    ["", null],
    ["AccessDenied", "You are not allowed to sign in to Coverwatch."],
    [["CredentialsSignin", "AccessDenied"], "Wrong email or password."],
    ["<script>", "Signing in did not work. Try again."],
  ])("%o reads %o", (code, expected) => {
    expect(signInErrorMessage(code)).toBe(expected);
  });
});

describe("ssoRefusalMessage", () => {
  it("names the address to invite when it has one", () => {
    expect(ssoRefusalMessage("unknown", "pat@lender.example")).toEqual({
      title: "Your account is not set up in Coverwatch",
      body: "Ask your Coverwatch admin to invite pat@lender.example, then sign in again.",
    });
    expect(ssoRefusalMessage("unknown", null).body).toContain("with the email address you use");
  });

  it.each(["disabled", "no-role", "unverified", "no-email", "conflict", "failed", "other"])(
    "has words for %s, without an address when it has none",
    (reason) => {
      const message = ssoRefusalMessage(reason, null);
      expect(message.title.length).toBeGreaterThan(10);
      expect(message.body).not.toContain("null");
    },
  );
});
