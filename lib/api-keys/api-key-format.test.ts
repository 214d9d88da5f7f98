import { describe, expect, it } from "vitest";
import { generateApiKey, isKeyOf, keyHint, parseBearerKey } from "./api-key-format";

describe("API keys", () => {
  it("are found by their prefix and match only their own hash", () => {
    const { key, prefix, secretHash } = generateApiKey();
    expect(key).toMatch(/^cw_live_[a-f0-9]{12}_[A-Za-z0-9_-]{32}$/);
    expect(parseBearerKey(`Bearer ${key}`)).toEqual({ prefix, key });
    expect(isKeyOf(key, secretHash)).toBe(true);
    expect(isKeyOf(`${key.slice(0, -1)}${key.endsWith("A") ? "B" : "A"}`, secretHash)).toBe(false);
    expect(keyHint(prefix)).not.toContain(key.slice(-32));
  });

  it.each([
    null,
    "",
    "Bearer",
    "Basic dXNlcjpwYXNz",
    "Bearer cw_live_short_secret",
    "Bearer cw_test_0123456789ab_abcdefghijklmnopqrstuvwxyz012345",
    "Bearer cw_live_0123456789ab_abcdefghijklmnopqrstuvwxyz012345 extra",
  ])("refuses %j as a key", (header) => {
    expect(parseBearerKey(header)).toBeNull();
  });

  it("reads the scheme in any case", () => {
    const { key } = generateApiKey();
    expect(parseBearerKey(`bearer ${key}`)?.key).toBe(key);
  });
});
