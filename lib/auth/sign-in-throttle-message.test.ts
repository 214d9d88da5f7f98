import { describe, expect, it } from "vitest";
import { signInThrottledMessage, signInThrottledUrl } from "./sign-in-throttle-message";

describe("a throttled sign-in's message", () => {
  it("carries the wait through the URL next-auth's client reads, and says it in minutes, rounded up", () => {
    const url = new URL(signInThrottledUrl("https://coverwatch.example", 840));
    expect(url.pathname).toBe("/signin");
    expect(signInThrottledMessage(url.searchParams.get("error"))).toBe(
      "Too many sign-in attempts. For your account's safety, wait 14 minutes and try again.",
    );
    expect(signInThrottledMessage("TooManyAttempts:30")).toContain("wait a minute");
    expect(signInThrottledMessage("TooManyAttempts:61")).toContain("wait 2 minutes");
  });

  it("is null for any other error, so the form says what it says today", () => {
    for (const error of ["CredentialsSignin", "TooManyAttempts", "TooManyAttempts:soon", null, undefined])
      expect(signInThrottledMessage(error)).toBeNull();
  });
});
