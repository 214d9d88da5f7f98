import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decryptWithKey, digestWithKey, encryptWithKey } from "./token-cipher";

const key = randomBytes(32);

describe("token cipher", () => {
  it("round-trips and never stores the token in the clear", () => {
    const stored = encryptWithKey(key, "tok_secret_value");
    expect(stored).not.toContain("tok_secret_value");
    expect(decryptWithKey(key, stored)).toBe("tok_secret_value");
  });

  it("uses a fresh IV each time", () => {
    expect(encryptWithKey(key, "same")).not.toBe(encryptWithKey(key, "same"));
  });

  it("refuses a tampered ciphertext or the wrong key", () => {
    const stored = encryptWithKey(key, "tok_secret_value");
    const parts = stored.split(".");
    const flipped = Buffer.from(parts[3] ?? "", "base64url");
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    expect(() =>
      decryptWithKey(key, [parts[0], parts[1], parts[2], flipped.toString("base64url")].join(".")),
    ).toThrow();
    expect(() => decryptWithKey(randomBytes(32), stored)).toThrow();
  });

  it("gives a stable digest per key", () => {
    expect(digestWithKey(key, "a")).toBe(digestWithKey(key, "a"));
    expect(digestWithKey(key, "a")).not.toBe(digestWithKey(randomBytes(32), "a"));
  });
});
