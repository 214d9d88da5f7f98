import { describe, expect, it } from "vitest";
import { isPagePath } from "./page-paths";

describe("isPagePath", () => {
  it.each(["/", "/signin", "/borrowers/3f0c", "/connect/result", "/set-password", "/no-such-page"])(
    "%s is a page",
    (path) => {
      expect(isPagePath(path)).toBe(true);
    },
  );

  it.each([
    "/api/health",
    "/api/auth/session",
    "/_next/static/chunks/main.js",
    "/_next/image",
    "/borrowers/export.csv",
    "/icon.svg",
    "/favicon.ico",
  ])("%s is not", (path) => {
    expect(isPagePath(path)).toBe(false);
  });
});
