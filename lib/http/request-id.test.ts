import { describe, expect, it } from "vitest";
import { requestIdFor } from "./request-id";

describe("requestIdFor", () => {
  it("keeps an id a load balancer set", () => {
    expect(requestIdFor(new Headers({ "x-request-id": "lb-0a1b2c3d4e" }))).toBe("lb-0a1b2c3d4e");
  });

  it.each([
    ["missing", undefined],
    ["too short", "abc"],
    ["too long", "a".repeat(129)],
    ["able to forge a log line", 'x"}\n{"level":"error"'],
  ])("makes a fresh one when the given id is %s", (_, given) => {
    const headers = new Headers(given === undefined ? {} : { "x-request-id": given.replace("\n", " ") });
    const id = requestIdFor(headers);
    expect(id).not.toBe(given);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
  });
});
