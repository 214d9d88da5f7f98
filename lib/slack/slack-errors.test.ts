import { describe, expect, it } from "vitest";
import { explainSlackError } from "./slack-errors";

describe("Slack's refusals in words", () => {
  it.each([
    ["no_service", "Slack does not know this webhook: it was removed, or the URL is wrong."],
    ["channel_is_archived", "The channel is archived."],
    ["invalid_payload", "Slack could not read the message."],
    [" too_many_requests ", "Slack asked to slow down; the message is tried again."],
  ])("%j reads %j", (code, words) => {
    expect(explainSlackError(code)).toBe(words);
  });

  it.each([["HTTP 502 with no explanation"], ["No answer within 10 s"], ["constructor"], ["toString"]])(
    "%j is not one of Slack's codes",
    (error) => {
      expect(explainSlackError(error)).toBeNull();
    },
  );
});
