import { describe, expect, it } from "vitest";
import { slackWebhookUrlSchema, webhookUrlHint } from "./webhook-url";

const slackUrl = "https://hooks.slack.com/services/T0001/B0002/AbCdEfGhIjKlMnOpQrStWxYz";

describe("a webhook URL", () => {
  it.each([
    [slackUrl],
    [`  ${slackUrl}  `],
    ["http://127.0.0.1:4555/hook/abc"],
    ["http://localhost:8080/slack"],
    ["http://[::1]:9000/slack"],
  ])("accepts %s", (value) => {
    expect(slackWebhookUrlSchema.safeParse(value).success).toBe(true);
  });

  it.each([
    ["", "Paste the webhook URL Slack gave you."],
    ["hooks.slack.com/services/T0001/B0002/x", "Paste the whole URL, starting with https://."],
    [
      "http://hooks.slack.com/services/T0001/B0002/x",
      "Use an https:// URL (http:// is accepted only for localhost).",
    ],
    ["http://127.0.0.2/hook", "Use an https:// URL (http:// is accepted only for localhost)."],
    ["http://localhost.example.com/hook", "Use an https:// URL (http:// is accepted only for localhost)."],
    ["ftp://hooks.slack.com/x", "Paste the whole URL, starting with https://."],
    ["javascript:alert(1)", "Paste the whole URL, starting with https://."],
    ["https://user:secret@hooks.slack.com/services/x", "Leave the user name and password out of the URL."],
    [`https://hooks.slack.com/${"x".repeat(2000)}`, "At most 2000 characters."],
  ])("refuses %j: %s", (value, message) => {
    const result = slackWebhookUrlSchema.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(message);
  });
});

describe("the hint shown instead of the URL", () => {
  it.each([
    [slackUrl, "hooks.slack.com/…/WxYz"],
    [`${slackUrl}/`, "hooks.slack.com/…/WxYz"],
    ["http://127.0.0.1:4555/hooks/channel-9f3a", "127.0.0.1:4555/…/9f3a"],
    ["https://example.com/short", "example.com/…"],
    ["https://example.com/", "example.com/…"],
  ])("%s shows as %s", (value, hint) => {
    expect(webhookUrlHint(value)).toBe(hint);
  });

  it("never holds more than four characters of the path", () => {
    const hint = webhookUrlHint(slackUrl);
    expect(hint).not.toContain("T0001");
    expect(hint).not.toContain("B0002");
    expect(hint).not.toContain("AbCd");
  });
});
