import { describe, expect, it } from "vitest";
import { needsSignIn } from "./sign-in-gate";

describe("needsSignIn", () => {
  it.each(["/", "/borrowers", "/borrowers/3f0c/policy", "/settings/users", "/no-such-page"])(
    "gates the dashboard page %s",
    (path) => {
      expect(needsSignIn(path)).toBe(true);
    },
  );

  it.each([
    "/api/health",
    "/api/metrics",
    "/api/v1/borrowers",
    "/api/v1/openapi.json",
    "/api/webhooks/axle",
    "/api/auth/session",
    "/_next/static/chunks/main.js",
    "/connect/callback",
    "/connect/result",
    "/signin",
    "/signin/refused",
    "/set-password",
    "/favicon.ico",
    "/borrowers/export.csv",
    "/audit/export.csv",
  ])("leaves %s open", (path) => {
    expect(needsSignIn(path)).toBe(false);
  });

  it("gates a page whose name only contains an open prefix further along", () => {
    expect(needsSignIn("/borrowers/api/x")).toBe(true);
    expect(needsSignIn("/borrowers/export.csv/more")).toBe(true);
  });
});
