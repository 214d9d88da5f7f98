import { describe, expect, it } from "vitest";
import { userState } from "./user-state";

describe("userState", () => {
  const at = new Date("2026-11-30T12:00:00Z");
  it.each([
    [{ hasPassword: false, disabledAt: null, lastSignInAt: null }, "invited"],
    [{ hasPassword: true, disabledAt: null, lastSignInAt: null }, "active"],
    // A single sign-on user has no password but has signed in.
    [{ hasPassword: false, disabledAt: null, lastSignInAt: at }, "active"],
    [{ hasPassword: true, disabledAt: at, lastSignInAt: at }, "deactivated"],
    [{ hasPassword: false, disabledAt: at, lastSignInAt: null }, "deactivated"],
  ])("%o is %s", (user, expected) => {
    expect(userState(user)).toBe(expected);
  });
});
