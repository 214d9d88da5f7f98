import { describe, expect, it } from "vitest";
import { redactPayload } from "./redact";

describe("redactPayload", () => {
  it("hides codes and tokens at any depth, keeps the rest", () => {
    const raw = JSON.stringify({
      id: "evt_1",
      type: "ignition.completed",
      data: {
        authCode: "cod_secret",
        token: "ign_x",
        user: { id: "u1" },
        nested: [{ accessToken: "tok_1" }],
      },
    });
    const shown = redactPayload(raw);
    expect(shown).not.toContain("cod_secret");
    expect(shown).not.toContain("tok_1");
    expect(JSON.parse(shown)).toEqual({
      id: "evt_1",
      type: "ignition.completed",
      data: {
        authCode: "[redacted]",
        token: "[redacted]",
        user: { id: "u1" },
        nested: [{ accessToken: "[redacted]" }],
      },
    });
  });

  it("says so when the body is not JSON", () => {
    expect(redactPayload("{oops")).toBe("(not JSON)");
  });

  it("hides borrowers' emails and phones from those who may not see them, keeps them for the others", () => {
    const raw = JSON.stringify({
      data: { user: { id: "u1", email: "dana@example.com", phone: "+1 555 0100" }, account: "acc_1" },
    });
    const hidden = JSON.parse(redactPayload(raw, { hidePersonal: true }));
    expect(hidden.data.user).toEqual({ id: "u1", email: "[hidden]", phone: "[hidden]" });
    expect(hidden.data.account).toBe("acc_1");
    expect(JSON.parse(redactPayload(raw)).data.user.email).toBe("dana@example.com");
  });
});
