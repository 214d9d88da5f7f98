import { describe, expect, it } from "vitest";
import { hasBearerToken } from "./bearer-token";

const token = "metrics-token-0123456789";

describe("hasBearerToken", () => {
  it("accepts the token as a bearer credential", () => {
    expect(hasBearerToken(`Bearer ${token}`, token)).toBe(true);
    expect(hasBearerToken(`bearer ${token}`, token)).toBe(true);
  });

  it("refuses anything else", () => {
    for (const header of [
      null,
      undefined,
      "",
      "Bearer",
      `Basic ${token}`,
      `Bearer ${token}x`,
      token,
      "Bearer  ",
    ])
      expect(hasBearerToken(header, token)).toBe(false);
  });
});
