import { describe, expect, it } from "vitest";
import { maxPasswordBytes, newPassword } from "./user-input";

describe("a new password", () => {
  it("fits bcrypt's 72 bytes, so no part of it is silently ignored", () => {
    expect(newPassword.safeParse("a".repeat(maxPasswordBytes)).success).toBe(true);
    expect(newPassword.safeParse("a".repeat(maxPasswordBytes + 1)).success).toBe(false);
    // 18 emoji are 72 bytes; one more is too many, though it is only 19 characters.
    expect(newPassword.safeParse("🔒".repeat(18)).success).toBe(true);
    expect(newPassword.safeParse("🔒".repeat(19)).error?.issues[0]?.message).toMatch(/^At most 72 bytes/);
  });

  it("has at least 12 characters", () => {
    expect(newPassword.safeParse("short pass!").success).toBe(false);
    expect(newPassword.safeParse("twelve chars").success).toBe(true);
  });
});
