import { describe, expect, it } from "vitest";
import { mrkdwn, type SlackBlock, testMessage, violationMessage } from "./slack-message";

const recordUrl = "https://coverwatch.example.com/borrowers/cm4borrower01";
const violation = {
  severity: "HIGH" as const,
  ruleKey: "policy-active",
  message: "The policy is cancelled.",
  firstSeenAt: new Date("2026-11-30T14:05:00Z"),
  borrower: { firstName: "Dana", lastName: "Diaz", loanReference: "LN-1042" },
};

const ofType = <Type extends SlackBlock["type"]>(blocks: SlackBlock[], type: Type) =>
  blocks.filter((block): block is Extract<SlackBlock, { type: Type }> => block.type === type);

describe("the message about a new violation", () => {
  const message = violationMessage(violation, recordUrl);

  it("leads with the severity and the rule's title", () => {
    expect(ofType(message.blocks, "header")[0]?.text.text).toBe("High: Policy active");
  });

  it("says the finding, the borrower and the loan, and links to the record", () => {
    const sections = ofType(message.blocks, "section");
    expect(sections[0]?.text?.text).toBe("The policy is cancelled.");
    expect(sections[1]?.fields?.map((field) => field.text)).toEqual([
      "*Borrower*\nDana Diaz",
      "*Loan reference*\nLN-1042",
    ]);
    const button = ofType(message.blocks, "actions")[0]?.elements[0];
    expect(button).toMatchObject({ text: { text: "Open the record" }, url: recordUrl });
    expect(ofType(message.blocks, "context")[0]?.elements[0]?.text).toBe(
      "Opened 2026-11-30 14:05 UTC · Coverwatch",
    );
  });

  it("carries a plain-text fallback with the same facts and the link", () => {
    expect(message.text).toBe(
      `High violation: Policy active. The policy is cancelled. Borrower: Dana Diaz (loan LN-1042). ${recordUrl}`,
    );
  });

  it("escapes what Slack would read as a link, a mention or an entity", () => {
    const hostile = violationMessage(
      {
        ...violation,
        message: "Named <!channel> & <https://evil.example|click>",
        borrower: { ...violation.borrower, lastName: "<@U123>" },
      },
      recordUrl,
    );
    const json = JSON.stringify(hostile);
    expect(json).not.toContain("<!channel>");
    expect(json).not.toContain("<@U123>");
    expect(ofType(hostile.blocks, "section")[0]?.text?.text).toBe(
      "Named &lt;!channel&gt; &amp; &lt;https://evil.example|click&gt;",
    );
  });

  it("keeps every text within Slack's limits, whatever the finding's length", () => {
    const long = violationMessage(
      { ...violation, message: "&".repeat(5000), ruleKey: "x".repeat(400) },
      recordUrl,
    );
    expect(ofType(long.blocks, "header")[0]?.text.text.length).toBeLessThanOrEqual(150);
    const finding = ofType(long.blocks, "section")[0]?.text?.text ?? "";
    expect(finding.length).toBeLessThanOrEqual(3000);
    expect(finding.endsWith("&amp;…")).toBe(true);
    expect(long.text.length).toBeLessThanOrEqual(3000);
  });
});

describe("a test message", () => {
  it.each([
    [
      "HIGH",
      "This webhook works: #alerts will hear about new violations from Coverwatch (high and above). Sent by ada@example.com.",
    ],
    [
      "CRITICAL",
      "This webhook works: #alerts will hear about new violations from Coverwatch (critical only). Sent by ada@example.com.",
    ],
  ] as const)("at %s says which violations the channel will hear about", (minSeverity, body) => {
    const message = testMessage({
      channelName: "#alerts",
      minSeverity,
      sentBy: "ada@example.com",
      settingsUrl: "https://coverwatch.example.com/settings/slack",
    });
    expect(ofType(message.blocks, "header")[0]?.text.text).toBe("Test message from Coverwatch");
    expect(ofType(message.blocks, "section")[0]?.text?.text).toBe(body);
    expect(message.text).toBe(`Test message from Coverwatch. ${body}`);
  });
});

describe("mrkdwn", () => {
  it.each([
    ["plain", 10, "plain"],
    ["exactly10!", 10, "exactly10!"],
    ["eleven char", 10, "eleven ch…"],
    ["a<b", 10, "a&lt;b"],
    ["ab<cdef", 5, "ab…"],
  ])("%j cut at %i is %j", (text, max, expected) => {
    expect(mrkdwn(text, max)).toBe(expected);
  });
});
