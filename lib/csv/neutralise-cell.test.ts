import { describe, expect, it } from "vitest";
import { neutraliseCell } from "./neutralise-cell";

describe("neutraliseCell", () => {
  it.each([
    ['=HYPERLINK("https://evil.example","click")', '\'=HYPERLINK("https://evil.example","click")'],
    ["+1 404 555 0101", "'+1 404 555 0101"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1:A2)", "'@SUM(A1:A2)"],
    ["\t=1+1", "'\t=1+1"],
    ["\r=1+1", "'\r=1+1"],
    ["Policy is not active", "Policy is not active"],
    ["", ""],
    ["a=b", "a=b"],
    [" =1+1", " =1+1"],
    ["'already quoted", "'already quoted"],
    ["2026-01-31T00:00:00.000Z", "2026-01-31T00:00:00.000Z"],
  ])("%j becomes %j", (input, expected) => {
    expect(neutraliseCell(input)).toBe(expected);
  });
});
