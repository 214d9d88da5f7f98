import { describe, expect, it } from "vitest";
import { sameOriginPath } from "./same-origin-path";

const origin = "https://coverwatch.lender.example";

describe("sameOriginPath", () => {
  it("keeps a path on this site, with its query", () => {
    expect(sameOriginPath("/borrowers?status=at-risk", origin)).toBe("/borrowers?status=at-risk");
    expect(sameOriginPath(`${origin}/violations`, origin)).toBe("/violations");
  });

  it.each([
    "//evil.example/phish",
    "/\\evil.example",
    // `?callbackUrl=/%09/evil.example` reaches the page decoded: a tab, which browsers drop.
    "/\t/evil.example",
    "https://evil.example/",
    "javascript:alert(1)",
    "http://coverwatch.lender.example/",
  ])("sends %j to the overview instead", (callbackUrl) => {
    expect(sameOriginPath(callbackUrl, origin)).toBe("/");
  });

  it("keeps a still-encoded tab as a path of this site, where it is harmless", () => {
    expect(sameOriginPath("/%09/evil.example", origin)).toBe("/%09/evil.example");
  });

  it("sends nothing to the overview", () => {
    expect(sameOriginPath(null, origin)).toBe("/");
    expect(sameOriginPath("", origin)).toBe("/");
  });
});
