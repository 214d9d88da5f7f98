import { describe, expect, it } from "vitest";
import { ignitionCallbackState, isSignedWithKey, signWithKey } from "./signature";

describe("URL signatures", () => {
  it("recognise their own parts under their key and purpose, and nothing else", () => {
    const signature = signWithKey("key-1", "purpose", "a", "b");
    expect(signature).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(isSignedWithKey("key-1", signature, "purpose", "a", "b")).toBe(true);
    expect(isSignedWithKey("key-2", signature, "purpose", "a", "b")).toBe(false);
    expect(isSignedWithKey("key-1", signature, "other-purpose", "a", "b")).toBe(false);
    expect(isSignedWithKey("key-1", signature, "purpose", "a", "c")).toBe(false);
    expect(isSignedWithKey("key-1", signature, "purpose", "ab")).toBe(false);
    for (const junk of [undefined, null, 42, "", signature.slice(1)])
      expect(isSignedWithKey("key-1", junk, "purpose", "a", "b")).toBe(false);
  });

  it("give each Ignition session a state of its own", () => {
    expect(ignitionCallbackState("k", "session-1")).not.toBe(ignitionCallbackState("k", "session-2"));
    expect(ignitionCallbackState("k", "session-1")).toBe(signWithKey("k", "ignition-callback", "session-1"));
  });
});
